<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR" sourcelanguage="en_US">
    <context>
        <name />
        <message>
            <source>line {number}</source>
            <translation>linha {number}</translation>
        </message>
        <message>
            <source>{where}: {message}</source>
            <translation>{where}: {message}</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
        <message>
            <source>Please check {field}: {message}</source>
            <translation>Verifique {field}: {message}</translation>
        </message>
        <message>
            <source>The database is damaged ({detail}). Restore a backup from File → Restore a daily copy…; Tools → Check database… says more.</source>
            <translation>O banco de dados está danificado ({detail}). Restaure um backup em Arquivo → Restaurar uma cópia diária…; Ferramentas → Verificar banco de dados… dá mais detalhes.</translation>
        </message>
        <message>
            <source>TalentDesk may not write to {path}. Check the folder's permissions.</source>
            <translation>O TalentDesk não tem permissão para gravar em {path}. Verifique as permissões da pasta.</translation>
        </message>
        <message>
            <source>the data folder</source>
            <translation>a pasta de dados</translation>
        </message>
        <message>
            <source>The disk is full. Free some space and try again; nothing was saved.</source>
            <translation>O disco está cheio. Libere espaço e tente novamente; nada foi salvo.</translation>
        </message>
        <message>
            <source>A file could not be read or written: {error}</source>
            <translation>Não foi possível ler ou gravar um arquivo: {error}</translation>
        </message>
        <message>
            <source>Something went wrong and the action was not completed. Nothing was changed.</source>
            <translation>Algo deu errado e a ação não foi concluída. Nada foi alterado.</translation>
        </message>
        <message>
            <source>The database is busy in another program. Wait a moment and try again.</source>
            <translation>O banco de dados está ocupado por outro programa. Aguarde um momento e tente novamente.</translation>
        </message>
        <message>
            <source>TalentDesk may not write to the data folder; nothing was saved. Check that the folder and its files may be written (and that the disk is not mounted read-only).</source>
            <translation>O TalentDesk não tem permissão para gravar na pasta de dados; nada foi salvo. Verifique se a pasta e seus arquivos podem ser gravados (e se o disco não está montado somente para leitura).</translation>
        </message>
        <message>
            <source>The database file cannot be opened. Check that the data folder exists and that TalentDesk may read and write it: a read-only folder or disk cannot be used.</source>
            <translation>Não é possível abrir o arquivo do banco de dados. Verifique se a pasta de dados existe e se o TalentDesk pode ler e gravar nela: uma pasta ou disco somente leitura não pode ser usado.</translation>
        </message>
        <message>
            <source>The database is damaged. Restore a backup from File → Restore a daily copy…; Tools → Check database… says more.</source>
            <translation>O banco de dados está danificado. Restaure um backup em Arquivo → Restaurar uma cópia diária…; Ferramentas → Verificar banco de dados… dá mais detalhes.</translation>
        </message>
        <message>
            <source>The disk reported an error while reading or writing the database; nothing was saved. Check the disk, then try again.</source>
            <translation>O disco informou um erro ao ler ou gravar o banco de dados; nada foi salvo. Verifique o disco e tente novamente.</translation>
        </message>
        <message>
            <source>TalentDesk</source>
            <translation>TalentDesk</translation>
        </message>
        <message>
            <source>This search {reason}</source>
            <translation>Esta pesquisa {reason}</translation>
        </message>
        <message>
            <source>{where} cannot be opened: {why}</source>
            <translation>Não é possível abrir {where}: {why}</translation>
        </message>
        <message>
            <source>The database in {folder} is damaged and there is no good backup to restore.

The file has been left as it is. Open a backup archive with “talentdesk restore FILE.zip”, or move the damaged file away to start afresh.</source>
            <translation>O banco de dados em {folder} está danificado e não há um backup válido para restaurar.

O arquivo foi mantido como está. Abra um arquivo de backup com “talentdesk restore ARQUIVO.zip” ou mova o arquivo danificado para outro lugar para começar do zero.</translation>
        </message>
        <message>
            <source>The database is damaged ({detail}).

Restore the latest good backup, taken {when}? The damaged file is kept in the backups folder.</source>
            <translation>O banco de dados está danificado ({detail}).

Restaurar o último backup válido, feito em {when}? O arquivo danificado é mantido na pasta de backups.</translation>
        </message>
        <message>
            <source>The team database {where} cannot be used: {why}</source>
            <translation>O banco de dados da equipe {where} não pode ser usado: {why}</translation>
        </message>
        <message>
            <source>Your local data opens instead; File → Connect to a team database… tries again.</source>
            <translation>Seus dados locais são abertos no lugar; Arquivo → Conectar a um banco de dados da equipe… tenta novamente.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be used. {why}</source>
            <translation>A pasta de dados {folder} não pode ser usada. {why}</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be used: {error}</source>
            <translation>A pasta de dados {folder} não pode ser usada: {error}</translation>
        </message>
        <message>
            <source>TalentDesk is already open on {folder}. Switch to that window, or close it first.</source>
            <translation>O TalentDesk já está aberto em {folder}. Vá para aquela janela ou feche-a antes.</translation>
        </message>
        <message>
            <source>Gathering the figures…</source>
            <translation>Reunindo os valores…</translation>
        </message>
        <message>
            <source>Laying out pages…</source>
            <translation>Diagramando as páginas…</translation>
        </message>
        <message>
            <source>Contract summary</source>
            <translation>Resumo do contrato</translation>
        </message>
        <message>
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <source> per hour</source>
            <translation> por hora</translation>
        </message>
        <message>
            <source> per hour equivalent</source>
            <translation> por hora equivalente</translation>
        </message>
        <message>
            <source> · test project</source>
            <translation> · projeto de teste</translation>
        </message>
        <message>
            <source>with {name}</source>
            <translation>com {name}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Preço</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Taxa</translation>
        </message>
        <message>
            <source>Weekly limit</source>
            <translation>Limite semanal</translation>
        </message>
        <message>
            <source>Weekly payment</source>
            <translation>Pagamento semanal</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fim</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <source>Renews</source>
            <translation>Renova</translation>
        </message>
        <message>
            <source>Test decision</source>
            <translation>Decisão do teste</translation>
        </message>
        <message>
            <source>Why it ended</source>
            <translation>Motivo do fim</translation>
        </message>
        <message>
            <source>Terms over time</source>
            <translation>Termos ao longo do tempo</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source> (scheduled)</source>
            <translation> (agendado)</translation>
        </message>
        <message>
            <source>Retainer utilisation</source>
            <translation>Uso do retainer</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Hours used</source>
            <translation>Horas usadas</translation>
        </message>
        <message>
            <source>Hours bought</source>
            <translation>Horas contratadas</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Uso</translation>
        </message>
        <message>
            <source>This week so far</source>
            <translation>Esta semana até agora</translation>
        </message>
        <message numerus="yes">
            <source>Last %n week(s)</source>
            <translation>
                <numerusform>Última semana</numerusform>
                <numerusform>Últimas %n semanas</numerusform>
            </translation>
        </message>
        <message>
            <source>Scope of work</source>
            <translation>Escopo do trabalho</translation>
        </message>
        <message>
            <source>No written scope of work.</source>
            <translation>Nenhum escopo de trabalho por escrito.</translation>
        </message>
        <message>
            <source>from {day}</source>
            <translation>a partir de {day}</translation>
        </message>
        <message>
            <source>Scope changes and budget</source>
            <translation>Alterações de escopo e orçamento</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Alteração</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Pedido por</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Acordado</translation>
        </message>
        <message>
            <source>Before → after</source>
            <translation>Antes → depois</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Custo</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>The agreement has not changed since it started.</source>
            <translation>O acordo não mudou desde o início.</translation>
        </message>
        <message>
            <source>Original budget</source>
            <translation>Orçamento original</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>não definido</translation>
        </message>
        <message>
            <source>not over</source>
            <translation>não excedido</translation>
        </message>
        <message>
            <source>Budget now</source>
            <translation>Orçamento atual</translation>
        </message>
        <message>
            <source>Over budget by</source>
            <translation>Acima do orçamento em</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>Dinheiro</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Etapas</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vencimento</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprovada</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paga</translation>
        </message>
        <message>
            <source>No milestones.</source>
            <translation>Nenhuma etapa.</translation>
        </message>
        <message>
            <source>Hours per week</source>
            <translation>Horas por semana</translation>
        </message>
        <message>
            <source>No hours logged.</source>
            <translation>Nenhuma hora registrada.</translation>
        </message>
        <message>
            <source>Hours logged</source>
            <translation>Horas registradas</translation>
        </message>
        <message>
            <source>Weekly limit in force each week</source>
            <translation>Limite semanal vigente em cada semana</translation>
        </message>
        <message numerus="yes">
            <source>{hours} over %n week(s).</source>
            <translation>
                <numerusform>{hours} em %n semana.</numerusform>
                <numerusform>{hours} em %n semanas.</numerusform>
            </translation>
        </message>
        <message>
            <source> and {n} more</source>
            <translation> e mais {n}</translation>
        </message>
        <message numerus="yes">
            <source>Over the limit in %n week(s): {weeks}.</source>
            <translation>
                <numerusform>Acima do limite em %n semana: {weeks}.</numerusform>
                <numerusform>Acima do limite em %n semanas: {weeks}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Payments by kind</source>
            <translation>Pagamentos por tipo</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Pagamentos</translation>
        </message>
        <message>
            <source>No payments yet.</source>
            <translation>Nenhum pagamento ainda.</translation>
        </message>
        <message>
            <source>{kind} {amount} on {day}</source>
            <translation>{kind} {amount} em {day}</translation>
        </message>
        <message>
            <source>Corrections</source>
            <translation>Correções</translation>
        </message>
        <message>
            <source>It said</source>
            <translation>Dizia</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Agora</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>No payment has been corrected or removed.</source>
            <translation>Nenhum pagamento foi corrigido ou removido.</translation>
        </message>
        <message>
            <source>Files shared</source>
            <translation>Arquivos compartilhados</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direção</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>No files shared.</source>
            <translation>Nenhum arquivo compartilhado.</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>Estrelas</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentário</translation>
        </message>
        <message>
            <source>No public feedback recorded.</source>
            <translation>Nenhum feedback público registrado.</translation>
        </message>
        <message>
            <source>No private review yet.</source>
            <translation>Nenhuma avaliação privada ainda.</translation>
        </message>
        <message>
            <source>Check-in {date}</source>
            <translation>Acompanhamento {date}</translation>
        </message>
        <message>
            <source>Private review {date}</source>
            <translation>Avaliação privada {date}</translation>
        </message>
        <message>
            <source>Would rehire</source>
            <translation>Recontrataria</translation>
        </message>
        <message>
            <source>Would recommend</source>
            <translation>Recomendaria</translation>
        </message>
        <message>
            <source>Why it ended: {text}</source>
            <translation>Motivo do fim: {text}</translation>
        </message>
        <message>
            <source>Offboarding</source>
            <translation>Desligamento</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Feito</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Feito em</translation>
        </message>
        <message>
            <source>No offboarding checklist (it starts when the contract ends).</source>
            <translation>Nenhuma lista de desligamento (ela começa quando o contrato termina).</translation>
        </message>
        <message>
            <source>Access and equipment still open</source>
            <translation>Acessos e equipamentos ainda em aberto</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Nível</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Concedido</translation>
        </message>
        <message>
            <source>Revoke by</source>
            <translation>Revogar até</translation>
        </message>
        <message>
            <source>Writing page {n} of {m}…</source>
            <translation>Gravando a página {n} de {m}…</translation>
        </message>
        <message>
            <source>Printed {date}</source>
            <translation>Impresso em {date}</translation>
        </message>
        <message>
            <source>Page {n} of {m}</source>
            <translation>Página {n} de {m}</translation>
        </message>
        <message>
            <source>Person dossier</source>
            <translation>Dossiê da pessoa</translation>
        </message>
        <message>
            <source> · favourite</source>
            <translation> · favorito</translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>a cada %n dia</numerusform>
                <numerusform>a cada %n dias</numerusform>
            </translation>
        </message>
        <message>
            <source>Bench status</source>
            <translation>Situação no banco de talentos</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Localização</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuso horário</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Horário de trabalho</translation>
        </message>
        <message>
            <source>{start}–{end} their time</source>
            <translation>{start}–{end} no horário da pessoa</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Prefers</source>
            <translation>Prefere</translation>
        </message>
        <message>
            <source>Replies within</source>
            <translation>Responde em até</translation>
        </message>
        <message>
            <source>Stay in touch</source>
            <translation>Manter contato</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Último contato</translation>
        </message>
        <message>
            <source>never logged</source>
            <translation>nunca registrado</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Contratos</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Habilidades</translation>
        </message>
        <message>
            <source>Reach them</source>
            <translation>Como contatar</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrato</translation>
        </message>
        <message>
            <source>No contracts yet.</source>
            <translation>Nenhum contrato ainda.</translation>
        </message>
        <message>
            <source>{n}, average {avg}</source>
            <translation>{n}, média {avg}</translation>
        </message>
        <message>
            <source>Engagements (contracts linked by renewals)</source>
            <translation>Vínculos (contratos ligados por renovações)</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Até</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Dias</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Avaliações</translation>
        </message>
        <message>
            <source>Spend per year</source>
            <translation>Gastos por ano</translation>
        </message>
        <message>
            <source>Nothing paid yet.</source>
            <translation>Nada pago ainda.</translation>
        </message>
        <message>
            <source>{figure} per year ({currency})</source>
            <translation>{figure} por ano ({currency})</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Ano</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <source>Rate history</source>
            <translation>Histórico de taxas</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <source>Their rate</source>
            <translation>Taxa da pessoa</translation>
        </message>
        <message>
            <source>No rates recorded.</source>
            <translation>Nenhuma taxa registrada.</translation>
        </message>
        <message>
            <source>No reviews or feedback yet.</source>
            <translation>Nenhuma avaliação ou feedback ainda.</translation>
        </message>
        <message>
            <source>Latest private review {date}: {avg} of 5 on average; would rehire: {rehire}.</source>
            <translation>Última avaliação privada {date}: média de {avg} de 5; recontrataria: {rehire}.</translation>
        </message>
        <message>
            <source>Latest comments</source>
            <translation>Últimos comentários</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Appreciation given</source>
            <translation>Reconhecimentos dados</translation>
        </message>
        <message>
            <source>What</source>
            <translation>O quê</translation>
        </message>
        <message>
            <source>No appreciation recorded yet.</source>
            <translation>Nenhum reconhecimento registrado ainda.</translation>
        </message>
        <message>
            <source>Open access and equipment</source>
            <translation>Acessos e equipamentos em aberto</translation>
        </message>
        <message>
            <source>Nothing open: no access or equipment outstanding.</source>
            <translation>Nada em aberto: nenhum acesso ou equipamento pendente.</translation>
        </message>
        <message>
            <source>Documents on file</source>
            <translation>Documentos arquivados</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Compartilhado</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Validade</translation>
        </message>
        <message>
            <source>(the person's own)</source>
            <translation>(da própria pessoa)</translation>
        </message>
        <message>
            <source>No agreements, NDAs or insurance on file.</source>
            <translation>Nenhum acordo, NDA ou seguro arquivado.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Private review (average)</source>
            <translation>Avaliação privada (média)</translation>
        </message>
        <message>
            <source>Public feedback given</source>
            <translation>Feedback público dado</translation>
        </message>
        <message>
            <source>Review trend (1–5)</source>
            <translation>Tendência das avaliações (1–5)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Relatório</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossiê</translation>
        </message>
        <message>
            <source>Review session</source>
            <translation>Sessão de revisão</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plano</translation>
        </message>
        <message>
            <source>Yearly spend {year}</source>
            <translation>Gastos anuais {year}</translation>
        </message>
        <message>
            <source>Tax year {year}</source>
            <translation>Ano fiscal {year}</translation>
        </message>
        <message>
            <source>Working with me</source>
            <translation>Trabalhando comigo</translation>
        </message>
        <message>
            <source>Total cost in {currency}</source>
            <translation>Custo total em {currency}</translation>
        </message>
        <message>
            <source>Not counted: no exchange rate for the day</source>
            <translation>Não contabilizado: sem taxa de câmbio para o dia</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>Review session {date}</source>
            <translation>Sessão de revisão {date}</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) decided</source>
            <translation>
                <numerusform>%n cartão decidido</numerusform>
                <numerusform>%n cartões decididos</numerusform>
            </translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Iniciada</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Concluída</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>não concluída</translation>
        </message>
        <message>
            <source>Cards and decisions</source>
            <translation>Cartões e decisões</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Cartão</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Sobre</translation>
        </message>
        <message>
            <source>Why it came up</source>
            <translation>Por que apareceu</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisão</translation>
        </message>
        <message>
            <source>No card was decided in this session.</source>
            <translation>Nenhum cartão foi decidido nesta sessão.</translation>
        </message>
        <message>
            <source>Yearly spend</source>
            <translation>Gastos anuais</translation>
        </message>
        <message>
            <source>Spend in {year}</source>
            <translation>Gastos em {year}</translation>
        </message>
        <message>
            <source>{total} in {currency} · {per_currency}</source>
            <translation>{total} em {currency} · {per_currency}</translation>
        </message>
        <message>
            <source>Nothing was paid in {year}.</source>
            <translation>Nada foi pago em {year}.</translation>
        </message>
        <message>
            <source>In {currency}</source>
            <translation>Em {currency}</translation>
        </message>
        <message>
            <source>People paid</source>
            <translation>Pessoas pagas</translation>
        </message>
        <message>
            <source>Per month ({currency})</source>
            <translation>Por mês ({currency})</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>Por mês</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mês</translation>
        </message>
        <message>
            <source>Per person</source>
            <translation>Por pessoa</translation>
        </message>
        <message>
            <source>In {currency}, each payment at the rate of its date</source>
            <translation>Em {currency}, cada pagamento pela taxa da sua data</translation>
        </message>
        <message>
            <source>no rate</source>
            <translation>sem taxa</translation>
        </message>
        <message>
            <source>* Some of this person's payments have no exchange rate for their day and are not in the total; import the rates (File → Import → Exchange rates…) to count them.</source>
            <translation>* Alguns pagamentos desta pessoa não têm taxa de câmbio para o dia e não entram no total; importe as taxas (Arquivo → Importar → Taxas de câmbio…) para incluí-los.</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} a {end}</translation>
        </message>
        <message>
            <source>The work</source>
            <translation>O trabalho</translation>
        </message>
        <message>
            <source>{skill} (level {level} or above)</source>
            <translation>{skill} (nível {level} ou superior)</translation>
        </message>
        <message>
            <source>Hours a week</source>
            <translation>Horas por semana</translation>
        </message>
        <message>
            <source>Overlap with my day</source>
            <translation>Sobreposição com o meu dia</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Orçamento</translation>
        </message>
        <message>
            <source>Maximum rate</source>
            <translation>Taxa máxima</translation>
        </message>
        <message>
            <source>Planned on</source>
            <translation>Planejado em</translation>
        </message>
        <message>
            <source>The team chosen</source>
            <translation>A equipe escolhida</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <source>Rate an hour</source>
            <translation>Taxa por hora</translation>
        </message>
        <message>
            <source>Cost for the period</source>
            <translation>Custo no período</translation>
        </message>
        <message>
            <source>Nobody is in this plan any more.</source>
            <translation>Ninguém faz mais parte deste plano.</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>Custo total</translation>
        </message>
        <message>
            <source>Alternatives considered</source>
            <translation>Alternativas consideradas</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconhecido</translation>
        </message>
        <message>
            <source>team</source>
            <translation>equipe</translation>
        </message>
        <message>
            <source>one person</source>
            <translation>uma pessoa</translation>
        </message>
        <message>
            <source>{name}: {hours} h a week</source>
            <translation>{name}: {hours} h por semana</translation>
        </message>
        <message>
            <source>No proposal meets the description.</source>
            <translation>Nenhuma proposta atende à descrição.</translation>
        </message>
        <message>
            <source>Not met: {what}</source>
            <translation>Não atendido: {what}</translation>
        </message>
        <message>
            <source>nearest: {name} — {detail}</source>
            <translation>mais próximo: {name} — {detail}</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) with the skills considered</source>
            <translation>
                <numerusform>%n pessoa com as habilidades considerada</numerusform>
                <numerusform>%n pessoas com as habilidades consideradas</numerusform>
            </translation>
        </message>
        <message>
            <source>{considered}; availability not set for {count}</source>
            <translation>{considered}; disponibilidade não definida para {count}</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Riscos</translation>
        </message>
        <message>
            <source>No other person or team meets the description today.</source>
            <translation>Nenhuma outra pessoa ou equipe atende à descrição hoje.</translation>
        </message>
        <message>
            <source>Not met by anyone: {what}.</source>
            <translation>Não atendido por ninguém: {what}.</translation>
        </message>
        <message>
            <source>Nearest: {who}.</source>
            <translation>Mais próximo: {who}.</translation>
        </message>
        <message>
            <source>{amount} +?</source>
            <translation>{amount} +?</translation>
        </message>
        <message>
            <source>By currency:</source>
            <translation>Por moeda:</translation>
        </message>
        <message>
            <source>Not counted, no exchange rate for their day: {amounts}</source>
            <translation>Não contabilizados, sem taxa de câmbio para o dia: {amounts}</translation>
        </message>
        <message>
            <source>{amount}/h</source>
            <translation>{amount}/h</translation>
        </message>
        <message>
            <source>{this} · {next}</source>
            <translation>{this} · {next}</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <source>Type a name…</source>
            <translation>Digite um nome…</translation>
        </message>
        <message>
            <source>Edit appreciation: {name}</source>
            <translation>Editar reconhecimento: {name}</translation>
        </message>
        <message>
            <source>A thank-you bonus is a payment: correct its amount or day on the contract's Payments tab.</source>
            <translation>Um bônus de agradecimento é um pagamento: corrija o valor ou a data na aba Pagamentos do contrato.</translation>
        </message>
        <message>
            <source>Say thanks to {name}</source>
            <translation>Agradecer a {name}</translation>
        </message>
        <message>
            <source>(not about one contract)</source>
            <translation>(não se refere a um contrato)</translation>
        </message>
        <message>
            <source>Edit appreciation</source>
            <translation>Editar reconhecimento</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Escolher…</translation>
        </message>
        <message>
            <source>Edit check-in: {name}</source>
            <translation>Editar acompanhamento: {name}</translation>
        </message>
        <message>
            <source>There is no running contract to check in on. A check-in is for work in progress; after the end, use the end-of-contract review.</source>
            <translation>Não há contrato em andamento para um acompanhamento. O acompanhamento é para trabalho em andamento; após o fim, use a avaliação de fim de contrato.</translation>
        </message>
        <message>
            <source>Edit check-in</source>
            <translation>Editar acompanhamento</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PDF saved</source>
            <translation>PDF salvo</translation>
        </message>
        <message numerus="yes">
            <source>Saved {name} (%n page(s)).</source>
            <translation>
                <numerusform>{name} salvo (%n página).</numerusform>
                <numerusform>{name} salvo (%n páginas).</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Gravando {name}…</translation>
        </message>
        <message>
            <source>Export the person's dossier</source>
            <translation>Exportar o dossiê da pessoa</translation>
        </message>
        <message>
            <source>Export the contract summary</source>
            <translation>Exportar o resumo do contrato</translation>
        </message>
        <message>
            <source>Export the review session</source>
            <translation>Exportar a sessão de revisão</translation>
        </message>
        <message>
            <source>Export working with me</source>
            <translation>Exportar “Trabalhando comigo”</translation>
        </message>
        <message>
            <source>Export the plan</source>
            <translation>Exportar o plano</translation>
        </message>
        <message>
            <source>Yearly spend report</source>
            <translation>Relatório de gastos anuais</translation>
        </message>
        <message>
            <source>Nothing has been paid yet. Record payments in a contract's workroom first.</source>
            <translation>Nada foi pago ainda. Registre primeiro os pagamentos na sala de trabalho de um contrato.</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Ano:</translation>
        </message>
        <message>
            <source>Export the yearly spend</source>
            <translation>Exportar os gastos anuais</translation>
        </message>
        <message>
            <source>Tax year report</source>
            <translation>Relatório do ano fiscal</translation>
        </message>
        <message>
            <source>Tax year:</source>
            <translation>Ano fiscal:</translation>
        </message>
        <message>
            <source>Export the tax year</source>
            <translation>Exportar o ano fiscal</translation>
        </message>
        <message>
            <source>&amp;Yearly spend report…</source>
            <translation>Relatório de gastos &amp;anuais…</translation>
        </message>
        <message>
            <source>A PDF of the year's spend per person and per month, by payment kind</source>
            <translation>Um PDF dos gastos do ano por pessoa e por mês, por tipo de pagamento</translation>
        </message>
        <message>
            <source>Ta&amp;x year report…</source>
            <translation>Relatório do a&amp;no fiscal…</translation>
        </message>
        <message>
            <source>A PDF for your accountant: every payment of a tax year per person, in your home currency</source>
            <translation>Um PDF para o seu contador: todos os pagamentos de um ano fiscal por pessoa, na sua moeda principal</translation>
        </message>
        <message>
            <source>Log what happened with {name}, with or without a contract. Messages, calls and meetings count as contact for staying in touch.</source>
            <translation>Registre o que aconteceu com {name}, com ou sem contrato. Mensagens, chamadas e reuniões contam como contato para o lembrete de manter contato.</translation>
        </message>
        <message>
            <source>Marketplace &amp;transaction history (Upwork CSV)…</source>
            <translation>&amp;Histórico de transações do marketplace (CSV do Upwork)…</translation>
        </message>
        <message>
            <source>Import payments and people from an Upwork transaction history or weekly summary</source>
            <translation>Importar pagamentos e pessoas de um histórico de transações ou resumo semanal do Upwork</translation>
        </message>
        <message>
            <source>Talents from &amp;CSV…</source>
            <translation>Talentos de &amp;CSV…</translation>
        </message>
        <message>
            <source>Import people from any CSV file, choosing which column holds what</source>
            <translation>Importar pessoas de qualquer arquivo CSV, escolhendo o que cada coluna contém</translation>
        </message>
        <message>
            <source>&amp;Payments from CSV…</source>
            <translation>&amp;Pagamentos de CSV…</translation>
        </message>
        <message>
            <source>Import payments from any CSV file, choosing which column holds what</source>
            <translation>Importar pagamentos de qualquer arquivo CSV, escolhendo o que cada coluna contém</translation>
        </message>
        <message>
            <source>Contacts (&amp;vCard)…</source>
            <translation>Contatos (&amp;vCard)…</translation>
        </message>
        <message>
            <source>Import people from a .vcf address book</source>
            <translation>Importar pessoas de um catálogo de endereços .vcf</translation>
        </message>
        <message>
            <source>&amp;Exchange rates…</source>
            <translation>&amp;Taxas de câmbio…</translation>
        </message>
        <message>
            <source>Import the European Central Bank's reference rates (eurofxref CSV or ZIP) or a date,currency,rate CSV</source>
            <translation>Importar as taxas de referência do Banco Central Europeu (CSV ou ZIP eurofxref) ou um CSV de data, moeda e taxa</translation>
        </message>
        <message>
            <source>{list} as CSV…</source>
            <translation>{list} como CSV…</translation>
        </message>
        <message>
            <source>Save this list for a spreadsheet (UTF-8, formulas made harmless)</source>
            <translation>Salvar esta lista para uma planilha (UTF-8, fórmulas neutralizadas)</translation>
        </message>
        <message>
            <source>Everyone as &amp;vCard…</source>
            <translation>Todos como &amp;vCard…</translation>
        </message>
        <message>
            <source>Save the bench as a .vcf address book</source>
            <translation>Salvar o banco de talentos como catálogo de endereços .vcf</translation>
        </message>
        <message>
            <source>&amp;Dates as calendar (.ics)…</source>
            <translation>&amp;Datas como calendário (.ics)…</translation>
        </message>
        <message>
            <source>Contract ends, milestones, feedback windows, check-ins and review reminders for your calendar</source>
            <translation>Fins de contrato, etapas, prazos de feedback, acompanhamentos e lembretes de revisão para a sua agenda</translation>
        </message>
        <message>
            <source>&amp;Back up to a file…</source>
            <translation>&amp;Fazer backup em um arquivo…</translation>
        </message>
        <message>
            <source>Save the database and every attachment into one zip file</source>
            <translation>Salvar o banco de dados e todos os anexos em um único arquivo zip</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup file…</source>
            <translation>&amp;Restaurar de um arquivo de backup…</translation>
        </message>
        <message>
            <source>Replace the current data with a backup (a copy of it is kept)</source>
            <translation>Substituir os dados atuais por um backup (uma cópia deles é mantida)</translation>
        </message>
        <message>
            <source>Import a marketplace transaction history</source>
            <translation>Importar um histórico de transações do marketplace</translation>
        </message>
        <message>
            <source>Import {what} from CSV</source>
            <translation>Importar {what} de CSV</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Importar contatos</translation>
        </message>
        <message>
            <source>vCard files (*.vcf *.vcard);;All files (*)</source>
            <translation>Arquivos vCard (*.vcf *.vcard);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Import exchange rates</source>
            <translation>Importar taxas de câmbio</translation>
        </message>
        <message>
            <source>Rate files (*.csv *.zip *.txt);;All files (*)</source>
            <translation>Arquivos de taxas (*.csv *.zip *.txt);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Export {list}</source>
            <translation>Exportar {list}</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Arquivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting {list}…</source>
            <translation>Exportando {list}…</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln row(s) to {file}</source>
            <translation>
                <numerusform>%Ln linha salva em {file}</numerusform>
                <numerusform>%Ln linhas salvas em {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Exportar contatos</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>Arquivos vCard (*.vcf)</translation>
        </message>
        <message>
            <source>Exporting contacts…</source>
            <translation>Exportando contatos…</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln people to {file}</source>
            <translation>
                <numerusform>%Ln pessoa salva em {file}</numerusform>
                <numerusform>%Ln pessoas salvas em {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Exportar calendário</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>Arquivos iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Exporting dates…</source>
            <translation>Exportando datas…</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln event(s) and to-dos to {file}</source>
            <translation>
                <numerusform>%Ln evento ou tarefa salvo em {file}</numerusform>
                <numerusform>%Ln eventos e tarefas salvos em {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Fazer backup</translation>
        </message>
        <message>
            <source>Zip files (*.zip)</source>
            <translation>Arquivos zip (*.zip)</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Fazendo backup…</translation>
        </message>
        <message>
            <source>Backed up to {file}</source>
            <translation>Backup feito em {file}</translation>
        </message>
        <message>
            <source>Restore from a backup file</source>
            <translation>Restaurar de um arquivo de backup</translation>
        </message>
        <message>
            <source>Replace the current data with the backup “{file}”?

The current database is kept in the backups folder first, so this can be undone by restoring that copy.</source>
            <translation>Substituir os dados atuais pelo backup “{file}”?

O banco de dados atual é guardado antes na pasta de backups, então isto pode ser desfeito restaurando essa cópia.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restaurando…</translation>
        </message>
        <message>
            <source>Restored {file}; the previous data is kept in the backups folder</source>
            <translation>{file} restaurado; os dados anteriores foram guardados na pasta de backups</translation>
        </message>
        <message>
            <source>Restored the backup taken {when}. The data as it was is kept in the backups folder.</source>
            <translation>O backup feito em {when} foi restaurado. Os dados como estavam foram guardados na pasta de backups.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restaurando o backup…</translation>
        </message>
        <message>
            <source>Checking the database and every stored file…</source>
            <translation>Verificando o banco de dados e todos os arquivos armazenados…</translation>
        </message>
        <message>
            <source>Restore a &amp;daily copy…</source>
            <translation>Restaurar uma cópia &amp;diária…</translation>
        </message>
        <message>
            <source>Go back to a copy of your data taken on an earlier day</source>
            <translation>Voltar a uma cópia dos seus dados feita em um dia anterior</translation>
        </message>
        <message>
            <source>A team database is backed up on its server (or with “talentdesk backup”); the daily copies here are of your local data</source>
            <translation>O backup de um banco de dados da equipe é feito no servidor dele (ou com “talentdesk backup”); as cópias diárias daqui são dos seus dados locais</translation>
        </message>
        <message>
            <source>&amp;Check database…</source>
            <translation>&amp;Verificar banco de dados…</translation>
        </message>
        <message>
            <source>Check the database file and every stored file against its fingerprint</source>
            <translation>Conferir o arquivo do banco de dados e cada arquivo armazenado com a sua impressão digital</translation>
        </message>
        <message>
            <source>This copy of TalentDesk was built without encryption. Install a TalentDesk release package (they include it) in place of this copy, then start TalentDesk again; your data folder stays as it is.</source>
            <translation>Esta cópia do TalentDesk foi compilada sem criptografia. Instale um pacote oficial do TalentDesk (eles a incluem) no lugar desta cópia e inicie o TalentDesk novamente; sua pasta de dados permanece como está.</translation>
        </message>
        <message>
            <source>Encryption needs the optional SQLCipher driver, which is not installed with this copy of TalentDesk. To add it, {command}

then start TalentDesk again.</source>
            <translation>A criptografia precisa do driver opcional SQLCipher, que não está instalado nesta cópia do TalentDesk. Para adicioná-lo, {command}

e inicie o TalentDesk novamente.</translation>
        </message>
        <message>
            <source>Re-encrypting your data and its backups…</source>
            <translation>Criptografando novamente seus dados e os backups…</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Criptografia</translation>
        </message>
        <message>
            <source>Your data is encrypted. Change its passphrase, or turn encryption off?</source>
            <translation>Seus dados estão criptografados. Alterar a frase secreta ou desativar a criptografia?</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Alterar frase secreta…</translation>
        </message>
        <message>
            <source>Turn off…</source>
            <translation>Desativar…</translation>
        </message>
        <message>
            <source>Your data is now encrypted.</source>
            <translation>Seus dados agora estão criptografados.</translation>
        </message>
        <message>
            <source>The passphrase has been changed.</source>
            <translation>A frase secreta foi alterada.</translation>
        </message>
        <message>
            <source>Encryption is off; your data is stored unencrypted.</source>
            <translation>A criptografia está desativada; seus dados são armazenados sem criptografia.</translation>
        </message>
        <message>
            <source>&amp;Encryption…</source>
            <translation>Cri&amp;ptografia…</translation>
        </message>
        <message>
            <source>Encrypt the database, its backups and sensitive files with a passphrase</source>
            <translation>Criptografar o banco de dados, os backups e os arquivos sensíveis com uma frase secreta</translation>
        </message>
        <message>
            <source>{name}: review scores over time</source>
            <translation>{name}: notas das avaliações ao longo do tempo</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Geral</translation>
        </message>
        <message>
            <source>Public feedback</source>
            <translation>Feedback público</translation>
        </message>
        <message>
            <source>{name}: no reviews yet. Add a check-in to start the trend.</source>
            <translation>{name}: ainda sem avaliações. Adicione um acompanhamento para iniciar a tendência.</translation>
        </message>
        <message>
            <source>Contract start / end</source>
            <translation>Início / fim do contrato</translation>
        </message>
        <message>
            <source>{title}
{day}</source>
            <translation>{title}
{day}</translation>
        </message>
        <message>
            <source>Reviews and check-ins</source>
            <translation>Avaliações e acompanhamentos</translation>
        </message>
        <message>
            <source>Average overall score</source>
            <translation>Nota geral média</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Acompanhamento</translation>
        </message>
        <message>
            <source>Private review</source>
            <translation>Avaliação privada</translation>
        </message>
        <message>
            <source>Overall {score}</source>
            <translation>Geral {score}</translation>
        </message>
        <message>
            <source>Would rehire: {answer} · recommend {n}/10</source>
            <translation>Recontrataria: {answer} · recomendaria {n}/10</translation>
        </message>
        <message>
            <source>Public feedback given · {day}
{stars} {score}/5</source>
            <translation>Feedback público dado · {day}
{stars} {score}/5</translation>
        </message>
        <message numerus="yes">
            <source>{month}: %n review(s)</source>
            <translation>
                <numerusform>{month}: %n avaliação</numerusform>
                <numerusform>{month}: %n avaliações</numerusform>
            </translation>
        </message>
        <message>
            <source>average overall {avg}</source>
            <translation>média geral {avg}</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>Open {name} on the bench</source>
            <translation>Abrir {name} no banco de talentos</translation>
        </message>
        <message>
            <source>Open the workroom of {title}</source>
            <translation>Abrir a sala de trabalho de {title}</translation>
        </message>
        <message>
            <source>Entered by {name}</source>
            <translation>Registrado por {name}</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>ilimitado</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>taxa</translation>
        </message>
        <message>
            <source>weekly limit</source>
            <translation>limite semanal</translation>
        </message>
        <message>
            <source>weekly payment</source>
            <translation>pagamento semanal</translation>
        </message>
        <message>
            <source>from {day}, {name} {before} → {after}</source>
            <translation>a partir de {day}, {name} {before} → {after}</translation>
        </message>
        <message>
            <source>a team database is named by a postgresql:// URL, not “{url}” (for a local folder, use --data-dir).</source>
            <translation>um banco de dados da equipe é indicado por uma URL postgresql://, não por “{url}” (para uma pasta local, use --data-dir).</translation>
        </message>
        <message>
            <source>cannot reach the team database {where}: {reason}</source>
            <translation>não foi possível acessar o banco de dados da equipe {where}: {reason}</translation>
        </message>
        <message>
            <source>cannot read the passphrase file {file}: {reason}</source>
            <translation>não foi possível ler o arquivo da frase secreta {file}: {reason}</translation>
        </message>
        <message>
            <source>Repeat it: </source>
            <translation>Repita: </translation>
        </message>
        <message>
            <source>the two passphrases differ; nothing was changed.</source>
            <translation>as duas frases secretas são diferentes; nada foi alterado.</translation>
        </message>
        <message>
            <source>${variable}, --passphrase-file FILE, or run it in a terminal to be asked</source>
            <translation>${variable}, --passphrase-file FILE ou em um terminal, onde ela será pedida</translation>
        </message>
        <message>
            <source>this data folder is encrypted, and opening it needs the SQLCipher driver: {hint}</source>
            <translation>esta pasta de dados está criptografada, e abri-la requer o driver SQLCipher: {hint}</translation>
        </message>
        <message>
            <source>Passphrase for {folder}: </source>
            <translation>Frase secreta de {folder}: </translation>
        </message>
        <message>
            <source>this data folder is encrypted: give its passphrase with {how}.</source>
            <translation>esta pasta de dados está criptografada: informe a frase secreta via {how}.</translation>
        </message>
        <message>
            <source>that passphrase does not open this data folder ({folder}); give the right one with {how}.</source>
            <translation>essa frase secreta não abre esta pasta de dados ({folder}); informe a correta via {how}.</translation>
        </message>
        <message>
            <source>the data folder {folder} is read-only, and the window needs to write to it. Reading commands (export, report, review --list, backup) still work.</source>
            <translation>a pasta de dados {folder} é somente leitura, e a janela precisa gravar nela. Os comandos de leitura (export, report, review --list, backup) continuam funcionando.</translation>
        </message>
        <message>
            <source>the data folder {folder} is read-only: this command changes it, so it cannot run here. Reading commands (export, report, review --list, backup) still work.</source>
            <translation>a pasta de dados {folder} é somente leitura: este comando a altera, por isso não pode ser executado aqui. Os comandos de leitura (export, report, review --list, backup) continuam funcionando.</translation>
        </message>
        <message>
            <source>self-test failed: {problem}</source>
            <translation>o autoteste falhou: {problem}</translation>
        </message>
        <message>
            <source>TalentDesk {version}: self-test passed ({folder})</source>
            <translation>TalentDesk {version}: autoteste aprovado ({folder})</translation>
        </message>
        <message>
            <source>{problem} Restore a backup with “talentdesk restore FILE.zip”, or open the window to restore one of the automatic copies.</source>
            <translation>{problem} Restaure um backup com “talentdesk restore FILE.zip” ou abra a janela para restaurar uma das cópias automáticas.</translation>
        </message>
        <message>
            <source>{folder} is busy: another TalentDesk is writing to it. Try again when it has finished.</source>
            <translation>{folder} está ocupada: outro TalentDesk está gravando nela. Tente novamente quando ele terminar.</translation>
        </message>
        <message>
            <source>{folder} may not be written (a read-only folder or disk); nothing was changed.</source>
            <translation>não é possível gravar em {folder} (pasta ou disco somente leitura); nada foi alterado.</translation>
        </message>
        <message>
            <source>the disk is full; nothing was changed. Free some space and try again.</source>
            <translation>o disco está cheio; nada foi alterado. Libere espaço e tente novamente.</translation>
        </message>
        <message>
            <source>the database in {folder} cannot be opened: check that the folder exists and may be read.</source>
            <translation>não é possível abrir o banco de dados em {folder}: verifique se a pasta existe e pode ser lida.</translation>
        </message>
        <message>
            <source>the database in {folder} is damaged. Restore a backup with “talentdesk restore FILE.zip”, or open the window to restore one of the automatic copies.</source>
            <translation>o banco de dados em {folder} está danificado. Restaure um backup com “talentdesk restore FILE.zip” ou abra a janela para restaurar uma das cópias automáticas.</translation>
        </message>
        <message>
            <source>the disk reported an error while reading or writing the database; nothing was saved.</source>
            <translation>o disco informou um erro ao ler ou gravar o banco de dados; nada foi salvo.</translation>
        </message>
        <message>
            <source>the disk is full{file}; free some space and try again.</source>
            <translation>o disco está cheio{file}; libere espaço e tente novamente.</translation>
        </message>
        <message>
            <source>may not write{file}: the folder or disk is read-only, or the file belongs to someone else.</source>
            <translation>não é possível gravar{file}: a pasta ou o disco é somente leitura, ou o arquivo pertence a outro usuário.</translation>
        </message>
        <message>
            <source>not enough memory to finish the command.</source>
            <translation>memória insuficiente para concluir o comando.</translation>
        </message>
        <message>
            <source>the command stopped on an unexpected error ({error}). Run it again with --verbose to see where.</source>
            <translation>o comando parou por um erro inesperado ({error}). Execute-o novamente com --verbose para ver onde.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote {file}: the database (schema {schema}) and %n attachment file(s)</source>
            <translation>
                <numerusform>{file} gravado: o banco de dados (esquema {schema}) e %n arquivo anexo</numerusform>
                <numerusform>{file} gravado: o banco de dados (esquema {schema}) e %n arquivos anexos</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored the backup of {created} into the team database {where}: {rows} in {tables} and {files}; every table's count and checksum, and every file's, agree with the backup.</source>
            <translation>O backup de {created} foi restaurado no banco de dados da equipe {where}: {rows} de {tables} e {files}; a contagem e a soma de verificação de cada tabela, e as de cada arquivo, conferem com o backup.</translation>
        </message>
        <message>
            <source>Restored the backup of {created} into {folder}; the previous database is kept as {kept}</source>
            <translation>O backup de {created} foi restaurado em {folder}; o banco de dados anterior foi mantido como {kept}</translation>
        </message>
        <message>
            <source>an unknown date</source>
            <translation>uma data desconhecida</translation>
        </message>
        <message>
            <source>{folder} already holds a TalentDesk database; choose a new folder.</source>
            <translation>{folder} já contém um banco de dados do TalentDesk; escolha uma pasta nova.</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Nova frase secreta: </translation>
        </message>
        <message>
            <source>give the new passphrase with ${variable}, --new-passphrase-file FILE, or run it in a terminal to be asked.</source>
            <translation>informe a nova frase secreta via ${variable}, --new-passphrase-file FILE ou em um terminal, onde ela será pedida.</translation>
        </message>
        <message>
            <source>the new passphrase is too short: {reason}</source>
            <translation>a nova frase secreta é curta demais: {reason}</translation>
        </message>
        <message>
            <source>{folder} is encrypted</source>
            <translation>{folder} está criptografada</translation>
        </message>
        <message>
            <source>{folder} is not encrypted</source>
            <translation>{folder} não está criptografada</translation>
        </message>
        <message>
            <source>(encryption needs the SQLCipher driver: {hint})</source>
            <translation>(a criptografia requer o driver SQLCipher: {hint})</translation>
        </message>
        <message>
            <source>this data folder is already encrypted; use “encryption change” for a new passphrase.</source>
            <translation>esta pasta de dados já está criptografada; use “encryption change” para definir uma nova frase secreta.</translation>
        </message>
        <message>
            <source>this data folder is not encrypted; use “encryption on” to encrypt it.</source>
            <translation>esta pasta de dados não está criptografada; use “encryption on” para criptografá-la.</translation>
        </message>
        <message>
            <source>{folder} is now encrypted: the database, its backups and the sensitive files. A copy from before is kept as {copy}.</source>
            <translation>{folder} agora está criptografada: o banco de dados, os backups e os arquivos sensíveis. Uma cópia de antes foi mantida como {copy}.</translation>
        </message>
        <message>
            <source>{folder} has its new passphrase: the database, its backups and the sensitive files. A copy from before is kept as {copy}.</source>
            <translation>{folder} tem uma nova frase secreta: o banco de dados, os backups e os arquivos sensíveis. Uma cópia de antes foi mantida como {copy}.</translation>
        </message>
        <message>
            <source>{folder} is stored unencrypted again: the database, its backups and the sensitive files. A copy from before is kept as {copy}.</source>
            <translation>{folder} voltou a ser armazenada sem criptografia: o banco de dados, os backups e os arquivos sensíveis. Uma cópia de antes foi mantida como {copy}.</translation>
        </message>
        <message>
            <source>{folder} holds no TalentDesk database.</source>
            <translation>{folder} não contém nenhum banco de dados do TalentDesk.</translation>
        </message>
        <message>
            <source>{file}: the output file should end in .pdf.</source>
            <translation>{file}: o arquivo de saída deve terminar em .pdf.</translation>
        </message>
        <message>
            <source>{folder} is not a folder.</source>
            <translation>{folder} não é uma pasta.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote {file} (%n page(s)): {title}</source>
            <translation>
                <numerusform>{file} gravado (%n página): {title}</numerusform>
                <numerusform>{file} gravado (%n páginas): {title}</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to review: the queue is empty.</source>
            <translation>Nada para revisar: a fila está vazia.</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) in the queue.</source>
            <translation>
                <numerusform>%n cartão na fila.</numerusform>
                <numerusform>%n cartões na fila.</numerusform>
            </translation>
        </message>
        <message>
            <source>--to names a team database by its postgresql:// URL, not “{url}”.</source>
            <translation>--to indica um banco de dados da equipe pela URL postgresql://, não por “{url}”.</translation>
        </message>
        <message>
            <source>{folder} is not empty: transfer only into a new folder. Nothing was written.</source>
            <translation>{folder} não está vazia: transfira somente para uma pasta nova. Nada foi gravado.</translation>
        </message>
        <message>
            <source>Copied {rows} in {tables} and {files} to {target}; every table's count and checksum, and every file's, agree with the source.</source>
            <translation>Cópia concluída: {rows} de {tables} e {files} para {target}; a contagem e a soma de verificação de cada tabela, e as de cada arquivo, conferem com a origem.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln linha</numerusform>
                <numerusform>%Ln linhas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n tabela</numerusform>
                <numerusform>%n tabelas</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied {rows} in {tables} and {files} to {folder}; every table's count and checksum, and every file's, agree with the source.</source>
            <translation>Cópia concluída: {rows} de {tables} e {files} para {folder}; a contagem e a soma de verificação de cada tabela, e as de cada arquivo, conferem com a origem.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln stored file(s)</source>
            <translation>
                <numerusform>%Ln arquivo armazenado</numerusform>
                <numerusform>%Ln arquivos armazenados</numerusform>
            </translation>
        </message>
        <message>
            <source>Submission to approval</source>
            <translation>Do envio à aprovação</translation>
        </message>
        <message>
            <source>Submission to payment</source>
            <translation>Do envio ao pagamento</translation>
        </message>
        <message>
            <source>Hourly weeks paid on time</source>
            <translation>Semanas por hora pagas em dia</translation>
        </message>
        <message>
            <source>My answer time</source>
            <translation>Meu tempo de resposta</translation>
        </message>
        <message>
            <source>Feedback I received</source>
            <translation>Feedback que recebi</translation>
        </message>
        <message>
            <source>People hired more than once</source>
            <translation>Pessoas contratadas mais de uma vez</translation>
        </message>
        <message>
            <source>Average relationship</source>
            <translation>Duração média da relação</translation>
        </message>
        <message>
            <source>Contracts ended</source>
            <translation>Contratos encerrados</translation>
        </message>
        <message>
            <source>Bonuses and thanks per contract</source>
            <translation>Bônus e agradecimentos por contrato</translation>
        </message>
        <message>
            <source>Median days from a milestone's submission to your approval. A milestone not approved within 14 days was released by the marketplace and counts as 14 days.</source>
            <translation>Mediana de dias entre o envio de uma etapa e a sua aprovação. Uma etapa não aprovada em 14 dias foi liberada pelo marketplace e conta como 14 dias.</translation>
        </message>
        <message>
            <source>Median days from a milestone's submission to its payment.</source>
            <translation>Mediana de dias entre o envio de uma etapa e o seu pagamento.</translation>
        </message>
        <message>
            <source>Hourly weeks whose payment went out within the days set in the settings after the week ended.</source>
            <translation>Semanas por hora cujo pagamento saiu, após o fim da semana, dentro do número de dias definido nas configurações.</translation>
        </message>
        <message>
            <source>Median working time you took to answer their first message since your last one, counted in the working hours of either side, weekends left out.</source>
            <translation>Mediana do tempo útil que você levou para responder à primeira mensagem da pessoa desde a sua última, contado no horário de trabalho de qualquer um dos lados, sem contar fins de semana.</translation>
        </message>
        <message>
            <source>The average of the feedback people gave you, and their comments.</source>
            <translation>A média do feedback que as pessoas deram a você e os comentários delas.</translation>
        </message>
        <message>
            <source>Of the people with a contract running in the period, the share you hired again (a renewal is the same engagement).</source>
            <translation>Das pessoas com contrato em andamento no período, a parcela que você contratou de novo (uma renovação é o mesmo vínculo).</translation>
        </message>
        <message>
            <source>From someone's first contract to their last one's end, on average.</source>
            <translation>Do primeiro contrato de alguém ao fim do último, em média.</translation>
        </message>
        <message>
            <source>Contracts that ended in the period: who ended them, and why.</source>
            <translation>Contratos encerrados no período: quem os encerrou e por quê.</translation>
        </message>
        <message>
            <source>Bonuses and praise given in the period, per contract running in it.</source>
            <translation>Bônus e elogios dados no período, por contrato em andamento nele.</translation>
        </message>
        <message>
            <source>No milestone submitted in this period</source>
            <translation>Nenhuma etapa enviada neste período</translation>
        </message>
        <message>
            <source>No hourly week paid in this period</source>
            <translation>Nenhuma semana por hora paga neste período</translation>
        </message>
        <message>
            <source>No answered message from them in this period</source>
            <translation>Nenhuma mensagem dos profissionais respondida neste período</translation>
        </message>
        <message>
            <source>No feedback received in this period</source>
            <translation>Nenhum feedback recebido neste período</translation>
        </message>
        <message>
            <source>Nobody worked with in this period</source>
            <translation>Ninguém trabalhou com você neste período</translation>
        </message>
        <message>
            <source>No contract ended in this period</source>
            <translation>Nenhum contrato encerrado neste período</translation>
        </message>
        <message>
            <source>No contract running in this period</source>
            <translation>Nenhum contrato em andamento neste período</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dia</numerusform>
                <numerusform>%n dias</numerusform>
            </translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{score} of 5</source>
            <translation>{score} de 5</translation>
        </message>
        <message>
            <source>{me} by me · {them} by them</source>
            <translation>{me} por mim · {them} pelos profissionais</translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>%n etapa</numerusform>
                <numerusform>%n etapas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n released automatically</source>
            <translation>
                <numerusform>%n liberada automaticamente</numerusform>
                <numerusform>%n liberadas automaticamente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s) paid</source>
            <translation>
                <numerusform>%n etapa paga</numerusform>
                <numerusform>%n etapas pagas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n semana</numerusform>
                <numerusform>%n semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n late</source>
            <translation>
                <numerusform>%n com atraso</numerusform>
                <numerusform>%n com atraso</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) answered</source>
            <translation>
                <numerusform>%n pergunta respondida</numerusform>
                <numerusform>%n perguntas respondidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n em aberto</numerusform>
                <numerusform>%n em aberto</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n review(s)</source>
            <translation>
                <numerusform>%n avaliação</numerusform>
                <numerusform>%n avaliações</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{again} of %n people</source>
            <translation>
                <numerusform>{again} de %n pessoa</numerusform>
                <numerusform>{again} de %n pessoas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n pessoa</numerusform>
                <numerusform>%n pessoas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ended</source>
            <translation>
                <numerusform>%n encerrado</numerusform>
                <numerusform>%n encerrados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not recorded</source>
            <translation>
                <numerusform>%n não registrado</numerusform>
                <numerusform>%n não registrados</numerusform>
            </translation>
        </message>
        <message>
            <source>most often: {reason}</source>
            <translation>mais frequente: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n bonus(es)</source>
            <translation>
                <numerusform>%n bônus</numerusform>
                <numerusform>%n bônus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n thanks</source>
            <translation>
                <numerusform>%n agradecimento</numerusform>
                <numerusform>%n agradecimentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contract(s)</source>
            <translation>
                <numerusform>%n contrato</numerusform>
                <numerusform>%n contratos</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing to compare with before</source>
            <translation>nada anterior para comparar</translation>
        </message>
        <message>
            <source>{n} by me the period before</source>
            <translation>{n} por mim no período anterior</translation>
        </message>
        <message>
            <source>same as before ({before})</source>
            <translation>igual ao anterior ({before})</translation>
        </message>
        <message>
            <source>▲ from {before}, better</source>
            <translation>▲ de {before}, melhor</translation>
        </message>
        <message>
            <source>▲ from {before}, worse</source>
            <translation>▲ de {before}, pior</translation>
        </message>
        <message>
            <source>▼ from {before}, better</source>
            <translation>▼ de {before}, melhor</translation>
        </message>
        <message>
            <source>▼ from {before}, worse</source>
            <translation>▼ de {before}, pior</translation>
        </message>
        <message>
            <source>released automatically</source>
            <translation>liberada automaticamente</translation>
        </message>
        <message>
            <source>still waiting</source>
            <translation>ainda aguardando</translation>
        </message>
        <message>
            <source>late</source>
            <translation>com atraso</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>sem resposta</translation>
        </message>
        <message>
            <source>by me</source>
            <translation>por mim</translation>
        </message>
        <message>
            <source>by them</source>
            <translation>pelo profissional</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>não registrado</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>bônus</translation>
        </message>
        <message>
            <source>praise</source>
            <translation>elogio</translation>
        </message>
        <message>
            <source>thanks</source>
            <translation>agradecimento</translation>
        </message>
        <message>
            <source>quoted</source>
            <translation>citado</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>em dia</translation>
        </message>
        <message numerus="yes">
            <source>%n engagement(s)</source>
            <translation>
                <numerusform>%n vínculo</numerusform>
                <numerusform>%n vínculos</numerusform>
            </translation>
        </message>
        <message>
            <source>Tax year</source>
            <translation>Ano fiscal</translation>
        </message>
        <message>
            <source>{start} to {end} · amounts in {currency} at the rate of each payment's date</source>
            <translation>{start} a {end} · valores em {currency} pela taxa da data de cada pagamento</translation>
        </message>
        <message>
            <source>Nothing was paid in this tax year.</source>
            <translation>Nada foi pago neste ano fiscal.</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Nome legal</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Missing tax details</source>
            <translation>Dados fiscais ausentes</translation>
        </message>
        <message>
            <source>Everyone paid has a legal name, a country and a tax form on file.</source>
            <translation>Todos os que receberam pagamentos têm nome legal, país e formulário fiscal registrados.</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>O que falta</translation>
        </message>
        <message>
            <source>Tax form</source>
            <translation>Formulário fiscal</translation>
        </message>
        <message>
            <source>none on file</source>
            <translation>nenhum registrado</translation>
        </message>
        <message>
            <source>In their currencies</source>
            <translation>Nas moedas originais</translation>
        </message>
        <message>
            <source>Availability of {name}</source>
            <translation>Disponibilidade de {name}</translation>
        </message>
        <message>
            <source>What {name} told you: the hours a week on offer, and the days away. The planner and the bench's Free column take their running contracts off what they offer.</source>
            <translation>O que {name} informou: as horas por semana oferecidas e os dias de ausência. O planejador e a coluna Livre do banco de talentos descontam do que a pessoa oferece os contratos em andamento.</translation>
        </message>
        <message>
            <source>&amp;Offers hours each week</source>
            <translation>&amp;Oferece horas por semana</translation>
        </message>
        <message>
            <source>Leave unticked while you do not know: they are shown as “not set”, never as a full week</source>
            <translation>Deixe desmarcado enquanto não souber: a pessoa aparece como “não definido”, nunca como semana inteira</translation>
        </message>
        <message>
            <source> h a week</source>
            <translation> h por semana</translation>
        </message>
        <message>
            <source>Away periods</source>
            <translation>Períodos de ausência</translation>
        </message>
        <message>
            <source>e.g. Holiday</source>
            <translation>ex.: Férias</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Adicionar</translation>
        </message>
        <message>
            <source>Add the days from and to (both included) as away</source>
            <translation>Adicionar como ausência os dias entre as duas datas (ambas incluídas)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remover</translation>
        </message>
        <message>
            <source>Remove the selected away period</source>
            <translation>Remover o período de ausência selecionado</translation>
        </message>
        <message>
            <source>Away (from – to, note):</source>
            <translation>Ausência (de – até, nota):</translation>
        </message>
        <message>
            <source>To: must be on or after From.</source>
            <translation>Até: deve ser igual ou posterior a De.</translation>
        </message>
        <message>
            <source>Set availability</source>
            <translation>Definir disponibilidade</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Taxas de câmbio</translation>
        </message>
        <message>
            <source>How many units of each currency one euro bought on a day, as the European Central Bank publishes them. A payment takes the rate of its date (the nearest earlier day with one); totals are given in your home currency.</source>
            <translation>Quantas unidades de cada moeda um euro comprava em um dia, como o Banco Central Europeu as publica. Um pagamento usa a taxa da sua data (o dia anterior mais próximo que tenha uma); os totais são dados na sua moeda principal.</translation>
        </message>
        <message>
            <source>Show the rates of</source>
            <translation>Mostrar as taxas de</translation>
        </message>
        <message>
            <source>All currencies</source>
            <translation>Todas as moedas</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Mostrar:</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dia</translation>
        </message>
        <message>
            <source>Per euro</source>
            <translation>Por euro</translation>
        </message>
        <message>
            <source>No rates yet. Import the ECB's file (eurofxref-hist.zip from its website) or type a rate below.</source>
            <translation>Nenhuma taxa ainda. Importe o arquivo do BCE (eurofxref-hist.zip, do site do banco) ou digite uma taxa abaixo.</translation>
        </message>
        <message>
            <source>Remove the selected rate (Edit → Undo brings it back)</source>
            <translation>Remover a taxa selecionada (Editar → Desfazer a traz de volta)</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importar um arquivo…</translation>
        </message>
        <message>
            <source>The ECB's eurofxref CSV or ZIP, or a date,currency,rate CSV</source>
            <translation>O CSV ou ZIP eurofxref do BCE, ou um CSV de data, moeda e taxa</translation>
        </message>
        <message>
            <source>Day of the rate</source>
            <translation>Dia da taxa</translation>
        </message>
        <message>
            <source>Currency of the rate</source>
            <translation>Moeda da taxa</translation>
        </message>
        <message>
            <source>units per euro, e.g. 1.0856</source>
            <translation>unidades por euro, ex.: 1.0856</translation>
        </message>
        <message>
            <source>Units of the currency one euro bought</source>
            <translation>Unidades da moeda que um euro comprava</translation>
        </message>
        <message>
            <source>&amp;Add rate</source>
            <translation>&amp;Adicionar taxa</translation>
        </message>
        <message>
            <source>Keep this rate for the day (replacing one already kept for that currency and day)</source>
            <translation>Guardar esta taxa para o dia (substituindo a que já estiver guardada para essa moeda e dia)</translation>
        </message>
        <message>
            <source>Home currency: {currency}.</source>
            <translation>Moeda principal: {currency}.</translation>
        </message>
        <message>
            <source>{currency}: {count} from {first} to {last}</source>
            <translation>{currency}: {count} de {first} a {last}</translation>
        </message>
        <message numerus="yes">
            <source>%n rate(s)</source>
            <translation>
                <numerusform>%n taxa</numerusform>
                <numerusform>%n taxas</numerusform>
            </translation>
        </message>
        <message>
            <source>Add exchange rate</source>
            <translation>Adicionar taxa de câmbio</translation>
        </message>
        <message>
            <source>Remove exchange rate</source>
            <translation>Remover taxa de câmbio</translation>
        </message>
        <message>
            <source>Changed meanwhile</source>
            <translation>Alterado nesse meio-tempo</translation>
        </message>
        <message>
            <source>Reload shows what it says now, and what you typed here is lost. Cancel keeps your typing, to copy it before reloading.</source>
            <translation>“Recarregar” mostra o conteúdo atual, e o que você digitou aqui é perdido. “Cancelar” mantém o que você digitou, para que você possa copiá-lo antes de recarregar.</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Recarregar</translation>
        </message>
        <message>
            <source>Co&amp;nnect to a team database…</source>
            <translation>Co&amp;nectar a um banco de dados da equipe…</translation>
        </message>
        <message>
            <source>Work on data shared with your team on a PostgreSQL server</source>
            <translation>Trabalhar com dados compartilhados com sua equipe em um servidor PostgreSQL</translation>
        </message>
        <message>
            <source>Use my &amp;local data</source>
            <translation>Usar meus dados &amp;locais</translation>
        </message>
        <message>
            <source>Go back to the data kept on this computer, in {folder}</source>
            <translation>Voltar aos dados guardados neste computador, em {folder}</translation>
        </message>
    </context>
    <context>
        <name>AccessTab</name>
        <message>
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Nível</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Concedido</translation>
        </message>
        <message>
            <source>Revoke by</source>
            <translation>Revogar até</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revogado</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <source>Grant…</source>
            <translation>Conceder…</translation>
        </message>
        <message>
            <source>Record access or equipment given</source>
            <translation>Registrar acesso ou equipamento concedido</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Revogar</translation>
        </message>
        <message>
            <source>Record that it was taken back today</source>
            <translation>Registrar que foi recolhido hoje</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Correct what was recorded (Enter)</source>
            <translation>Corrigir o que foi registrado (Enter)</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Remover…</translation>
        </message>
        <message>
            <source>Remove a grant recorded by mistake (Del)</source>
            <translation>Remover uma concessão registrada por engano (Del)</translation>
        </message>
        <message>
            <source>Offboarding</source>
            <translation>Desligamento</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Feito</translation>
        </message>
        <message>
            <source>Tick / untick</source>
            <translation>Marcar / desmarcar</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Equipamento</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Acesso</translation>
        </message>
        <message>
            <source>open</source>
            <translation>em aberto</translation>
        </message>
        <message>
            <source>{n} still open.</source>
            <translation>Ainda em aberto: {n}.</translation>
        </message>
        <message>
            <source>No access granted. Record code hosts, chat workspaces, drives and equipment here so that ending the contract can list what to take back.</source>
            <translation>Nenhum acesso concedido. Registre aqui repositórios de código, espaços de chat, drives e equipamentos para que o encerramento do contrato liste o que deve ser recolhido.</translation>
        </message>
        <message>
            <source>Remove the record of “{system}”, granted on {day}? To record that it was taken back, use Revoke instead.</source>
            <translation>Remover o registro de “{system}”, concedido em {day}? Para registrar que foi recolhido, use Revogar.</translation>
        </message>
        <message>
            <source>Remove access grant</source>
            <translation>Remover concessão de acesso</translation>
        </message>
        <message>
            <source>Removed “{system}”</source>
            <translation>“{system}” removido</translation>
        </message>
        <message>
            <source>Revoke access</source>
            <translation>Revogar acesso</translation>
        </message>
        <message>
            <source>Tick offboarding item</source>
            <translation>Marcar item do desligamento</translation>
        </message>
    </context>
    <context>
        <name>AppreciationDialog</name>
        <message>
            <source>Praise sent</source>
            <translation>Elogio enviado</translation>
        </message>
        <message>
            <source>Testimonial asked for</source>
            <translation>Depoimento solicitado</translation>
        </message>
        <message>
            <source>Testimonial received</source>
            <translation>Depoimento recebido</translation>
        </message>
        <message>
            <source>Referral made</source>
            <translation>Indicação feita</translation>
        </message>
        <message>
            <source>Thank-you bonus</source>
            <translation>Bônus de agradecimento</translation>
        </message>
        <message>
            <source>Say thanks</source>
            <translation>Agradecer</translation>
        </message>
        <message>
            <source>Be specific about what you liked and how it helped. Specific praise is remembered; “great job” is not.</source>
            <translation>Diga exatamente do que você gostou e como isso ajudou. Um elogio específico fica na memória; “bom trabalho”, não.</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Pessoa</translation>
        </message>
        <message>
            <source>Type a name to find the person</source>
            <translation>Digite um nome para encontrar a pessoa</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>&amp;Contract</source>
            <translation>&amp;Contrato</translation>
        </message>
        <message>
            <source>&amp;What you appreciated</source>
            <translation>O que você &amp;valorizou</translation>
        </message>
        <message>
            <source>e.g. The clear hand-over notes on the billing migration saved me a day of questions.</source>
            <translation>Ex.: As notas claras de passagem de trabalho sobre a migração do faturamento me pouparam um dia de perguntas.</translation>
        </message>
        <message>
            <source>&amp;Bonus amount</source>
            <translation>Valor do &amp;bônus</translation>
        </message>
        <message>
            <source>e.g. 150.00</source>
            <translation>Ex.: 150.00</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Data</translation>
        </message>
    </context>
    <context>
        <name>BenchModel</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Their name</source>
            <translation>O nome da pessoa</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>What they do, in a line</source>
            <translation>O que a pessoa faz, em uma linha</translation>
        </message>
        <message>
            <source>Top skills</source>
            <translation>Principais habilidades</translation>
        </message>
        <message>
            <source>Their strongest skills (sorted by the best one)</source>
            <translation>As habilidades mais fortes da pessoa (ordenadas pela melhor)</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Taxa</translation>
        </message>
        <message>
            <source>Their current rate (the newest effective-dated rate)</source>
            <translation>A taxa atual (a mais recente já em vigor)</translation>
        </message>
        <message>
            <source>Local time</source>
            <translation>Hora local</translation>
        </message>
        <message>
            <source>The time where they are, now</source>
            <translation>A hora atual onde a pessoa está</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Sobreposição</translation>
        </message>
        <message>
            <source>Hours of their working day that fall inside mine, today</source>
            <translation>Horas do dia de trabalho da pessoa que coincidem com o meu, hoje</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Livre</translation>
        </message>
        <message>
            <source>Free hours this week · next week: the hours they offer, less their running contracts and away days (sorted by the hours they offer)</source>
            <translation>Horas livres nesta semana · na próxima: as horas oferecidas, menos os contratos em andamento e os dias de ausência (ordenado pelas horas oferecidas)</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Average of my private reviews (1–5)</source>
            <translation>Média das minhas avaliações privadas (1–5)</translation>
        </message>
        <message>
            <source>Last worked</source>
            <translation>Último trabalho</translation>
        </message>
        <message>
            <source>When a contract with them last ran</source>
            <translation>Quando um contrato com a pessoa esteve ativo pela última vez</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Bench status</source>
            <translation>Situação no banco de talentos</translation>
        </message>
        <message>
            <source>★</source>
            <translation>★</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>Favorito</translation>
        </message>
    </context>
    <context>
        <name>BenchView</name>
        <message>
            <source>People on the bench</source>
            <translation>Pessoas no banco de talentos</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>Log a message, call or meeting…</source>
            <translation>Registrar mensagem, chamada ou reunião…</translation>
        </message>
        <message>
            <source>Contract or not: calls and messages count as contact (Ctrl+L)</source>
            <translation>Com ou sem contrato: chamadas e mensagens contam como contato (Ctrl+L)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Histórico</translation>
        </message>
        <message>
            <source>Feedback, reviews, praise, bonuses and rate changes of this person</source>
            <translation>Feedback, avaliações, elogios, bônus e mudanças de taxa desta pessoa</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Files kept with this person and the classification check</source>
            <translation>Arquivos guardados com esta pessoa e a verificação de classificação</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Banco de talentos</translation>
        </message>
        <message>
            <source>Search the bench</source>
            <translation>Pesquisar no banco de talentos</translation>
        </message>
        <message>
            <source>New talent…</source>
            <translation>Novo talento…</translation>
        </message>
        <message>
            <source>Add a person to the bench (Ctrl+N)</source>
            <translation>Adicionar uma pessoa ao banco de talentos (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit the selected person (Enter)</source>
            <translation>Editar a pessoa selecionada (Enter)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Rehire…</source>
            <translation>Recontratar…</translation>
        </message>
        <message>
            <source>Start a new contract prefilled from their last one</source>
            <translation>Iniciar um novo contrato preenchido a partir do último</translation>
        </message>
        <message>
            <source>★ Favourite</source>
            <translation>★ Favorito</translation>
        </message>
        <message>
            <source>Mark or unmark the selected people as favourites</source>
            <translation>Marcar ou desmarcar as pessoas selecionadas como favoritas</translation>
        </message>
        <message>
            <source>Say thanks…</source>
            <translation>Agradecer…</translation>
        </message>
        <message>
            <source>Record specific praise, a testimonial, a referral or a thank-you bonus</source>
            <translation>Registrar um elogio específico, um depoimento, uma indicação ou um bônus de agradecimento</translation>
        </message>
        <message>
            <source>Log…</source>
            <translation>Registrar…</translation>
        </message>
        <message>
            <source>Log a message, call, meeting or note with the selected person (Ctrl+L)</source>
            <translation>Registrar mensagem, chamada, reunião ou nota com a pessoa selecionada (Ctrl+L)</translation>
        </message>
        <message>
            <source>Availability…</source>
            <translation>Disponibilidade…</translation>
        </message>
        <message>
            <source>The hours a week the selected person offers, and when they are away (the planner and the Free column use them)</source>
            <translation>As horas por semana que a pessoa selecionada oferece e quando ela estará ausente (o planejador e a coluna Livre usam esses dados)</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <source>A dossier of the selected person to print or send</source>
            <translation>Um dossiê da pessoa selecionada para imprimir ou enviar</translation>
        </message>
        <message>
            <source>Do not rehire…</source>
            <translation>Não recontratar…</translation>
        </message>
        <message>
            <source>Mark the selected people as not to be rehired, with a reason</source>
            <translation>Marcar as pessoas selecionadas para não serem recontratadas, com um motivo</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Arquivar</translation>
        </message>
        <message>
            <source>Hide the selected people from the bench (Delete); nothing is lost</source>
            <translation>Ocultar as pessoas selecionadas do banco de talentos (Delete); nada se perde</translation>
        </message>
        <message>
            <source>Unarchive</source>
            <translation>Desarquivar</translation>
        </message>
        <message>
            <source>Bring the selected people back onto the bench</source>
            <translation>Trazer as pessoas selecionadas de volta ao banco de talentos</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Excluir…</translation>
        </message>
        <message>
            <source>Delete a person with no contracts, for good</source>
            <translation>Excluir definitivamente uma pessoa sem contratos</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Definir situação</translation>
        </message>
        <message>
            <source>Active or on bench, from their contracts</source>
            <translation>Ativo ou no banco, conforme os contratos</translation>
        </message>
        <message>
            <source>Shown Active while a contract runs, On bench otherwise</source>
            <translation>Mostrado como Ativo enquanto um contrato estiver em andamento; caso contrário, No banco</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mais</translation>
        </message>
        <message>
            <source>Availability, status, do-not-rehire, archive and delete</source>
            <translation>Disponibilidade, situação, não recontratar, arquivar e excluir</translation>
        </message>
        <message>
            <source>Your bench is empty</source>
            <translation>Seu banco de talentos está vazio</translation>
        </message>
        <message>
            <source>The bench keeps everyone you have worked with or would like to: their skills, rates, time zone, contracts and reviews, so the next hire starts from people you already trust.

Add the first person by hand, or import a marketplace history from the File menu.</source>
            <translation>O banco de talentos guarda todos com quem você trabalhou ou gostaria de trabalhar: habilidades, taxas, fuso horário, contratos e avaliações, para que a próxima contratação comece por pessoas em quem você já confia.

Adicione a primeira pessoa manualmente ou importe um histórico do marketplace pelo menu Arquivo.</translation>
        </message>
        <message>
            <source>Add someone to the bench…</source>
            <translation>Adicionar alguém ao banco de talentos…</translation>
        </message>
        <message>
            <source>Clear search and filters</source>
            <translation>Limpar pesquisa e filtros</translation>
        </message>
        <message>
            <source>No one on the bench matches this search and these filters.</source>
            <translation>Ninguém no banco de talentos corresponde a esta pesquisa e a estes filtros.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln pessoa</numerusform>
                <numerusform>%Ln pessoas</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark favourite</source>
            <translation>Marcar como favorito</translation>
        </message>
        <message>
            <source>Unmark favourite</source>
            <translation>Desmarcar favorito</translation>
        </message>
        <message>
            <source>Set status to {status}</source>
            <translation>Definir situação como {status}</translation>
        </message>
        <message>
            <source>{who} set to {status}</source>
            <translation>{who}: situação definida como {status}</translation>
        </message>
        <message>
            <source>Do not rehire</source>
            <translation>Não recontratar</translation>
        </message>
        <message numerus="yes">
            <source>Why should %n person(s) not be rehired? The reason is shown whenever they come up.</source>
            <translation>
                <numerusform>Por que %n pessoa não deve ser recontratada? O motivo é mostrado sempre que ela aparecer.</numerusform>
                <numerusform>Por que %n pessoas não devem ser recontratadas? O motivo é mostrado sempre que elas aparecerem.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was changed: a reason is needed to mark someone do-not-rehire.</source>
            <translation>Nada foi alterado: é preciso um motivo para marcar alguém como não recontratar.</translation>
        </message>
        <message>
            <source>Mark do not rehire</source>
            <translation>Marcar como não recontratar</translation>
        </message>
        <message>
            <source>{who} marked do not rehire</source>
            <translation>Marcado como não recontratar: {who}</translation>
        </message>
        <message>
            <source>Archived {who}</source>
            <translation>Arquivado: {who}</translation>
        </message>
        <message>
            <source>Bring back from the archive</source>
            <translation>Trazer de volta do arquivo</translation>
        </message>
        <message>
            <source>Brought back {who}</source>
            <translation>Desarquivado: {who}</translation>
        </message>
        <message>
            <source>Delete {name}?</source>
            <translation>Excluir {name}?</translation>
        </message>
        <message>
            <source>Delete {name} and their contact details, skills and rates? Edit ▸ Undo brings them back during this session. Archiving hides them and keeps everything.</source>
            <translation>Excluir {name} com seus dados de contato, habilidades e taxas? Editar ▸ Desfazer traz tudo de volta durante esta sessão. Arquivar oculta a pessoa e mantém tudo.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Delete person</source>
            <translation>Excluir pessoa</translation>
        </message>
        <message>
            <source>Deleted {name}</source>
            <translation>Excluído: {name}</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Não é possível excluir</translation>
        </message>
        <message>
            <source>Archive instead</source>
            <translation>Arquivar em vez disso</translation>
        </message>
    </context>
    <context>
        <name>CheckDatabaseDialog</name>
        <message>
            <source>Database</source>
            <translation>Banco de dados</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <source>Altered</source>
            <translation>Alterado</translation>
        </message>
        <message numerus="yes">
            <source>The database file has %Ln problem(s), listed below.</source>
            <translation>
                <numerusform>O arquivo do banco de dados tem %Ln problema, listado abaixo.</numerusform>
                <numerusform>O arquivo do banco de dados tem %Ln problemas, listados abaixo.</numerusform>
            </translation>
        </message>
        <message>
            <source>The database file is sound.</source>
            <translation>O arquivo do banco de dados está íntegro.</translation>
        </message>
        <message numerus="yes">
            <source>Of %Ln stored file(s), {missing} and {altered}.</source>
            <translation>
                <numerusform>De %Ln arquivo armazenado: {missing} e {altered}.</numerusform>
                <numerusform>De %Ln arquivos armazenados: {missing} e {altered}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln missing</source>
            <translation>
                <numerusform>%Ln ausente</numerusform>
                <numerusform>%Ln ausentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln altered</source>
            <translation>
                <numerusform>%Ln alterado</numerusform>
                <numerusform>%Ln alterados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln stored file(s) match their fingerprints (SHA-256).</source>
            <translation>
                <numerusform>%Ln arquivo armazenado confere com sua impressão digital (SHA-256).</numerusform>
                <numerusform>%Ln arquivos armazenados conferem com suas impressões digitais (SHA-256).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The kept figures of %Ln person(s) (last contact, score, last worked) did not match their records; they were worked out again.</source>
            <translation>
                <numerusform>Os números guardados de %Ln pessoa (último contato, nota, último trabalho) não correspondiam aos seus dados; foram calculados de novo.</numerusform>
                <numerusform>Os números guardados de %Ln pessoas (último contato, nota, último trabalho) não correspondiam aos seus dados; foram calculados de novo.</numerusform>
            </translation>
        </message>
        <message>
            <source>A missing or altered file can be added again from its contract's Files tab. A damaged database can be put back from File → Restore a daily copy…</source>
            <translation>Um arquivo ausente ou alterado pode ser adicionado novamente na aba Arquivos do contrato. Um banco de dados danificado pode ser recuperado em Arquivo → Restaurar uma cópia diária…</translation>
        </message>
        <message>
            <source>Check database</source>
            <translation>Verificar banco de dados</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Onde</translation>
        </message>
    </context>
    <context>
        <name>CheckinDialog</name>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>Maybe</source>
            <translation>Talvez</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>Mid-contract check-in</source>
            <translation>Acompanhamento durante o contrato</translation>
        </message>
        <message>
            <source>A private review while the work goes on: it stays on this computer and adds a point to the person's trend. 1 is poor, 5 is excellent; choose every rating.</source>
            <translation>Uma avaliação privada enquanto o trabalho está em andamento: ela fica neste computador e acrescenta um ponto à tendência da pessoa. 1 é ruim, 5 é excelente; escolha todas as notas.</translation>
        </message>
        <message>
            <source>&amp;Contract</source>
            <translation>&amp;Contrato</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Data</translation>
        </message>
        <message>
            <source>&amp;Skills</source>
            <translation>&amp;Habilidades</translation>
        </message>
        <message>
            <source>Choose from 1 to 5 stars</source>
            <translation>Escolha de 1 a 5 estrelas</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Escolher…</translation>
        </message>
        <message>
            <source>&amp;Quality</source>
            <translation>&amp;Qualidade</translation>
        </message>
        <message>
            <source>&amp;Availability</source>
            <translation>D&amp;isponibilidade</translation>
        </message>
        <message>
            <source>D&amp;eadlines</source>
            <translation>&amp;Prazos</translation>
        </message>
        <message>
            <source>C&amp;ommunication</source>
            <translation>Co&amp;municação</translation>
        </message>
        <message>
            <source>Coo&amp;peration</source>
            <translation>Coop&amp;eração</translation>
        </message>
        <message>
            <source>&amp;Would rehire</source>
            <translation>&amp;Recontrataria</translation>
        </message>
        <message>
            <source>&amp;Recommend (0–10)</source>
            <translation>Recomend&amp;aria (0–10)</translation>
        </message>
        <message>
            <source>How likely you are to recommend them, from 0 to 10</source>
            <translation>Qual a chance de você recomendar a pessoa, de 0 a 10</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <source>What is going well, what to raise with them</source>
            <translation>O que está indo bem, o que conversar com a pessoa</translation>
        </message>
    </context>
    <context>
        <name>ClassificationDialog</name>
        <message>
            <source>Me</source>
            <translation>Eu</translation>
        </message>
        <message>
            <source>They do</source>
            <translation>A pessoa</translation>
        </message>
        <message>
            <source>Both of us</source>
            <translation>Nós dois</translation>
        </message>
        <message>
            <source>Classification check — {title}</source>
            <translation>Verificação de classificação — {title}</translation>
        </message>
        <message>
            <source>From your records:</source>
            <translation>Dos seus registros:</translation>
        </message>
        <message numerus="yes">
            <source>• %n day(s) since the start; {hours:.1f} hours a week {window}</source>
            <translation>
                <numerusform>• %n dia desde o início; {hours:.1f} horas por semana {window}</numerusform>
                <numerusform>• %n dias desde o início; {hours:.1f} horas por semana {window}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>over the last %n week(s)</source>
            <translation>
                <numerusform>na última semana</numerusform>
                <numerusform>nas últimas %n semanas</numerusform>
            </translation>
        </message>
        <message>
            <source>• equipment lent in the access register</source>
            <translation>• equipamento emprestado no registro de acessos</translation>
        </message>
        <message>
            <source>• no equipment in the access register</source>
            <translation>• nenhum equipamento no registro de acessos</translation>
        </message>
        <message>
            <source>• an agreement is among the files</source>
            <translation>• há um acordo por escrito entre os arquivos</translation>
        </message>
        <message>
            <source>• no agreement among the files</source>
            <translation>• nenhum acordo por escrito entre os arquivos</translation>
        </message>
        <message>
            <source>Nothing here looks like employment.</source>
            <translation>Nada aqui se parece com vínculo empregatício.</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Motivos:</translation>
        </message>
        <message>
            <source>What to change:</source>
            <translation>O que mudar:</translation>
        </message>
        <message>
            <source>Classification check</source>
            <translation>Verificação de classificação</translation>
        </message>
        <message>
            <source>About this contract</source>
            <translation>Sobre este contrato</translation>
        </message>
        <message>
            <source>Who sets the working &amp;hours?</source>
            <translation>Quem define o &amp;horário de trabalho?</translation>
        </message>
        <message>
            <source>Who sets the &amp;place of work?</source>
            <translation>Quem define o &amp;local de trabalho?</translation>
        </message>
        <message>
            <source>Who supplies the &amp;equipment?</source>
            <translation>Quem fornece o &amp;equipamento?</translation>
        </message>
        <message>
            <source>E&amp;xclusive: they may not work for other clients</source>
            <translation>E&amp;xclusivo: a pessoa não pode trabalhar para outros clientes</translation>
        </message>
        <message>
            <source>&amp;Open-ended: no end date or defined deliverable</source>
            <translation>Por tempo &amp;indeterminado: sem data de término nem entregável definido</translation>
        </message>
        <message>
            <source>There is a &amp;written contract</source>
            <translation>Há um contrato por e&amp;scrito</translation>
        </message>
        <message>
            <source>The work is the &amp;core of my business</source>
            <translation>O trabalho é o &amp;núcleo do meu negócio</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risco</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Prefer (encrypted when the server offers it)</source>
            <translation>Preferir (com criptografia quando o servidor oferece)</translation>
        </message>
        <message>
            <source>Require (always encrypted)</source>
            <translation>Exigir (sempre com criptografia)</translation>
        </message>
        <message>
            <source>Verify the certificate authority</source>
            <translation>Verificar a autoridade certificadora</translation>
        </message>
        <message>
            <source>Verify the certificate and server name</source>
            <translation>Verificar o certificado e o nome do servidor</translation>
        </message>
        <message>
            <source>Disable (never encrypted)</source>
            <translation>Desativar (nunca com criptografia)</translation>
        </message>
        <message>
            <source>Allow (encrypted only when the server insists)</source>
            <translation>Permitir (com criptografia só quando o servidor exige)</translation>
        </message>
        <message>
            <source>Connect to a team database</source>
            <translation>Conectar a um banco de dados da equipe</translation>
        </message>
        <message>
            <source>Work on a team database on a PostgreSQL server, with the others on your team. Your local data stays where it is; File → Use my local data goes back to it.</source>
            <translation>Trabalhe em um banco de dados da equipe em um servidor PostgreSQL, junto com os demais membros da sua equipe. Seus dados locais continuam onde estão; Arquivo → Usar meus dados locais volta para eles.</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Endereço:</translation>
        </message>
        <message>
            <source>postgresql://me@server:5432/team — paste one to fill in the rest</source>
            <translation>postgresql://eu@servidor:5432/equipe — cole um para preencher o resto</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <source>db.example.com</source>
            <translation>db.example.com</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;orta:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Banco de dados:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nome de &amp;usuário:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Sen&amp;ha:</translation>
        </message>
        <message>
            <source>empty: from the keyring or libpq's password file</source>
            <translation>vazia: do chaveiro ou do arquivo de senhas do libpq</translation>
        </message>
        <message>
            <source>SS&amp;L:</source>
            <translation>SS&amp;L:</translation>
        </message>
        <message>
            <source>&amp;Save the password in this computer's keyring</source>
            <translation>Sal&amp;var a senha no chaveiro deste computador</translation>
        </message>
        <message>
            <source>Unticked, the password is used until TalentDesk closes and is asked again next time. It is never written to the settings.</source>
            <translation>Desmarcada, a senha é usada até o TalentDesk ser fechado e é pedida de novo na próxima vez. Ela nunca é gravada nas configurações.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Testar conexão</translation>
        </message>
        <message>
            <source>Ask the server now, without switching to it</source>
            <translation>Consultar o servidor agora, sem mudar para ele</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Conectar</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>Testando a conexão…</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>✓ Connected to {where}. It is empty: TalentDesk sets it up when you connect, and “talentdesk transfer --to URL” copies your local data into it.</source>
            <translation>✓ Conectado a {where}. Ele está vazio: o TalentDesk o configura quando você se conecta, e “talentdesk transfer --to URL” copia seus dados locais para ele.</translation>
        </message>
        <message>
            <source>✓ Connected to {where}: a TalentDesk team database.</source>
            <translation>✓ Conectado a {where}: um banco de dados da equipe do TalentDesk.</translation>
        </message>
        <message>
            <source>Not connected: see the detail marked above.</source>
            <translation>Não conectado: veja o detalhe indicado acima.</translation>
        </message>
    </context>
    <context>
        <name>ContractDialog</name>
        <message>
            <source>Draft: still being written. Offered: sent, waiting for a yes. Active: the work has started.</source>
            <translation>Rascunho: ainda em redação. Oferecido: enviado, aguardando aceite. Ativo: o trabalho começou.</translation>
        </message>
        <message>
            <source>Edit contract</source>
            <translation>Editar contrato</translation>
        </message>
        <message>
            <source>Renew contract</source>
            <translation>Renovar contrato</translation>
        </message>
        <message>
            <source>This contract renews contract #{id}; the two are shown as one engagement.</source>
            <translation>Este contrato renova o contrato nº {id}; os dois são mostrados como um único vínculo.</translation>
        </message>
        <message>
            <source>(archived) #{id}</source>
            <translation>(arquivado) nº {id}</translation>
        </message>
        <message>
            <source>Type a name…</source>
            <translation>Digite um nome…</translation>
        </message>
        <message>
            <source>No one is on the bench yet: add a person first (Ctrl+N).</source>
            <translation>Ainda não há ninguém no banco de talentos: adicione uma pessoa primeiro (Ctrl+N).</translation>
        </message>
        <message>
            <source>&amp;Rate per hour</source>
            <translation>&amp;Taxa por hora</translation>
        </message>
        <message>
            <source>Fixed &amp;price</source>
            <translation>&amp;Preço fixo</translation>
        </message>
        <message>
            <source>Hourly &amp;equivalent</source>
            <translation>&amp;Equivalente por hora</translation>
        </message>
        <message>
            <source>&amp;Rate</source>
            <translation>&amp;Taxa</translation>
        </message>
        <message>
            <source>New contract</source>
            <translation>Novo contrato</translation>
        </message>
        <message>
            <source>&amp;With</source>
            <translation>Pe&amp;ssoa</translation>
        </message>
        <message>
            <source>The person this contract is with (type to search)</source>
            <translation>A pessoa com quem é este contrato (digite para pesquisar)</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>Tít&amp;ulo</translation>
        </message>
        <message>
            <source>e.g. Mobile app redesign</source>
            <translation>Ex.: Redesenho do aplicativo móvel</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>T&amp;ipo</translation>
        </message>
        <message>
            <source>Hourly: paid per hour worked. Fixed price: one price for the whole job. Retainer: a weekly payment for standing availability.</source>
            <translation>Por hora: pago por hora trabalhada. Preço fixo: um preço para o trabalho inteiro. Retainer: um pagamento semanal por disponibilidade contínua.</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>ISO 4217 currency code</source>
            <translation>Código de moeda ISO 4217</translation>
        </message>
        <message>
            <source>Weekly &amp;limit</source>
            <translation>&amp;Limite semanal</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Ilimitado</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>The most hours a week they may bill; 0 means unlimited</source>
            <translation>O máximo de horas por semana que a pessoa pode cobrar; 0 significa ilimitado</translation>
        </message>
        <message>
            <source>Weekly &amp;payment</source>
            <translation>Pagamento se&amp;manal</translation>
        </message>
        <message>
            <source>for a retainer</source>
            <translation>para um retainer</translation>
        </message>
        <message>
            <source>Original &amp;budget</source>
            <translation>&amp;Orçamento original</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <source>What you expect the whole contract to cost; the workroom shows how far it runs over. Left empty: the fixed price, or the weekly terms until the end date.</source>
            <translation>Quanto você espera que o contrato inteiro custe; a sala de trabalho mostra quanto ele ultrapassa esse valor. Se ficar vazio: o preço fixo, ou os termos semanais até a data de término.</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Datas</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>Iní&amp;cio</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Data de início</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>Térmi&amp;no</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Data de término</translation>
        </message>
        <message>
            <source>&amp;Scope of work</source>
            <translation>Escopo do t&amp;rabalho</translation>
        </message>
        <message>
            <source>What is to be done, what is delivered, what is out of scope</source>
            <translation>O que deve ser feito, o que é entregue, o que fica fora do escopo</translation>
        </message>
        <message>
            <source>Test &amp;project (a small paid trial before hiring for real)</source>
            <translation>Projeto &amp;de teste (um pequeno trabalho pago antes de contratar de verdade)</translation>
        </message>
        <message>
            <source>P&amp;latform</source>
            <translation>Pl&amp;ataforma</translation>
        </message>
        <message>
            <source>e.g. Upwork, direct</source>
            <translation>Ex.: Upwork, direto</translation>
        </message>
        <message>
            <source>Contract id on the platform</source>
            <translation>ID do contrato na plataforma</translation>
        </message>
        <message>
            <source>contract id on the platform</source>
            <translation>ID do contrato na plataforma</translation>
        </message>
        <message>
            <source>Save &amp;as</source>
            <translation>Sal&amp;var como</translation>
        </message>
    </context>
    <context>
        <name>ContractListPanel</name>
        <message>
            <source>Search contract titles</source>
            <translation>Pesquisar títulos de contratos</translation>
        </message>
        <message>
            <source>Search titles…</source>
            <translation>Pesquisar títulos…</translation>
        </message>
        <message>
            <source>Search contract titles (Ctrl+Shift+F)</source>
            <translation>Pesquisar títulos de contratos (Ctrl+Shift+F)</translation>
        </message>
        <message>
            <source>Find in all messages…</source>
            <translation>Localizar em todas as mensagens…</translation>
        </message>
        <message>
            <source>Search what was said in every contract's room (Ctrl+Shift+M)</source>
            <translation>Pesquisar o que foi dito na sala de cada contrato (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Qualquer situação</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Qualquer tipo</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Qualquer pessoa</translation>
        </message>
        <message>
            <source>Only this person's contracts</source>
            <translation>Somente os contratos desta pessoa</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Contratos</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contract(s)</source>
            <translation>
                <numerusform>%Ln contrato</numerusform>
                <numerusform>%Ln contratos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CsvImportDialog</name>
        <message>
            <source>Encoding:</source>
            <translation>Codificação:</translation>
        </message>
        <message>
            <source>Delimiter:</source>
            <translation>Delimitador:</translation>
        </message>
        <message>
            <source>Numbers and dates:</source>
            <translation>Números e datas:</translation>
        </message>
        <message>
            <source>Add people who are not on the bench</source>
            <translation>Adicionar pessoas que não estão no banco de talentos</translation>
        </message>
        <message>
            <source>The first rows of the file:</source>
            <translation>As primeiras linhas do arquivo:</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>O que cada coluna contém</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(não está no arquivo)</translation>
        </message>
        <message>
            <source>column {n}</source>
            <translation>coluna {n}</translation>
        </message>
        <message>
            <source>{field} (required):</source>
            <translation>{field} (obrigatório):</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>Read as {encoding}, delimiter {delimiter}. {note}</source>
            <translation>Lido como {encoding}, delimitador {delimiter}. {note}</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Select someone to see their profile, rates, contracts and reviews.</source>
            <translation>Selecione alguém para ver perfil, taxas, contratos e avaliações.</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Change every detail of this person (Enter)</source>
            <translation>Alterar todos os dados desta pessoa (Enter)</translation>
        </message>
        <message>
            <source>Rehire…</source>
            <translation>Recontratar…</translation>
        </message>
        <message>
            <source>Start a new contract prefilled from their last one</source>
            <translation>Iniciar um novo contrato preenchido a partir do último</translation>
        </message>
        <message>
            <source>Log…</source>
            <translation>Registrar…</translation>
        </message>
        <message>
            <source>Log a message, call, meeting or note with this person, with or without a contract (Ctrl+L)</source>
            <translation>Registrar mensagem, chamada, reunião ou nota com esta pessoa, com ou sem contrato (Ctrl+L)</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>Contact and links</source>
            <translation>Contato e links</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Habilidades</translation>
        </message>
        <message>
            <source>How they work</source>
            <translation>Como trabalha</translation>
        </message>
        <message>
            <source>Staying in touch</source>
            <translation>Manter contato</translation>
        </message>
        <message>
            <source>Rate history</source>
            <translation>Histórico de taxas</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Contratos</translation>
        </message>
        <message>
            <source>Their contracts</source>
            <translation>Contratos da pessoa</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the contract's workroom</source>
            <translation>Clique duas vezes ou pressione Enter para abrir a sala de trabalho do contrato</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Avaliações</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>available for new work</source>
            <translation>disponível para novos trabalhos</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>indisponível</translation>
        </message>
        <message>
            <source>working with you now</source>
            <translation>trabalhando com você agora</translation>
        </message>
        <message>
            <source>Marked do-not-rehire or archived: change their status first</source>
            <translation>Marcado como não recontratar ou arquivado: altere a situação primeiro</translation>
        </message>
        <message>
            <source>Total cost in {currency}</source>
            <translation>Custo total em {currency}</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Localização</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>nothing paid yet</source>
            <translation>nada pago ainda</translation>
        </message>
        <message>
            <source>Last worked with</source>
            <translation>Último trabalho</translation>
        </message>
        <message>
            <source>now</source>
            <translation>agora</translation>
        </message>
        <message>
            <source>On the bench since</source>
            <translation>No banco de talentos desde</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>No contact details yet.</source>
            <translation>Nenhum dado de contato ainda.</translation>
        </message>
        <message>
            <source>No skills recorded.</source>
            <translation>Nenhuma habilidade registrada.</translation>
        </message>
        <message>
            <source>Prefers</source>
            <translation>Prefere</translation>
        </message>
        <message>
            <source>Replies within</source>
            <translation>Responde em até</translation>
        </message>
        <message>
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Horário de trabalho</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuso horário</translation>
        </message>
        <message>
            <source>{zone} — {time} there now ({state})</source>
            <translation>{zone} — agora {time} lá ({state})</translation>
        </message>
        <message>
            <source>at work</source>
            <translation>no expediente</translation>
        </message>
        <message>
            <source>outside their hours</source>
            <translation>fora do expediente</translation>
        </message>
        <message>
            <source>Overlap with my day</source>
            <translation>Sobreposição com o meu dia</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Último contato</translation>
        </message>
        <message>
            <source>never logged</source>
            <translation>nunca registrado</translation>
        </message>
        <message>
            <source>Cadence</source>
            <translation>Frequência</translation>
        </message>
        <message>
            <source>no reminder set</source>
            <translation>sem lembrete definido</translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>a cada %n dia</numerusform>
                <numerusform>a cada %n dias</numerusform>
            </translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Próximo contato</translation>
        </message>
        <message>
            <source>No rate recorded.</source>
            <translation>Nenhuma taxa registrada.</translation>
        </message>
        <message>
            <source>No notes.</source>
            <translation>Nenhuma nota.</translation>
        </message>
        <message>
            <source>{title}
{kind} · {status} · {rate} · {period}</source>
            <translation>{title}
{kind} · {status} · {rate} · {period}</translation>
        </message>
        <message>
            <source>Open the workroom of “{title}”</source>
            <translation>Abrir a sala de trabalho de “{title}”</translation>
        </message>
        <message>
            <source>No contracts yet. Rehire starts one.</source>
            <translation>Nenhum contrato ainda. Recontratar inicia um.</translation>
        </message>
        <message>
            <source>No reviews yet.</source>
            <translation>Nenhuma avaliação ainda.</translation>
        </message>
        <message>
            <source>Private reviews</source>
            <translation>Avaliações privadas</translation>
        </message>
        <message>
            <source>{score} average over {n}</source>
            <translation>média {score} (total: {n})</translation>
        </message>
        <message>
            <source>By criterion</source>
            <translation>Por critério</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sim</translation>
        </message>
        <message>
            <source>maybe</source>
            <translation>talvez</translation>
        </message>
        <message>
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <source>Would rehire</source>
            <translation>Recontrataria</translation>
        </message>
        <message>
            <source>Latest note</source>
            <translation>Última observação</translation>
        </message>
        <message>
            <source>Feedback I gave</source>
            <translation>Feedback dado</translation>
        </message>
        <message>
            <source>Feedback they gave</source>
            <translation>Feedback recebido</translation>
        </message>
    </context>
    <context>
        <name>EditReviewWizard</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <source>Correct what was recorded. To take it back altogether, remove it from the timeline.</source>
            <translation>Corrija o que foi registrado. Para desfazer tudo, remova o registro da linha do tempo.</translation>
        </message>
        <message>
            <source>Edit feedback given: {title}</source>
            <translation>Editar feedback dado: {title}</translation>
        </message>
        <message>
            <source>Edit feedback received: {title}</source>
            <translation>Editar feedback recebido: {title}</translation>
        </message>
        <message>
            <source>Private review of {day}</source>
            <translation>Avaliação privada de {day}</translation>
        </message>
        <message>
            <source>Edit private review: {title}</source>
            <translation>Editar avaliação privada: {title}</translation>
        </message>
        <message>
            <source>Edit feedback</source>
            <translation>Editar feedback</translation>
        </message>
        <message>
            <source>Edit private review</source>
            <translation>Editar avaliação privada</translation>
        </message>
    </context>
    <context>
        <name>EndContractWizard</name>
        <message>
            <source>End contract: {title}</source>
            <translation>Encerrar contrato: {title}</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Não registrado</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Eu</translation>
        </message>
        <message>
            <source>Them</source>
            <translation>O profissional</translation>
        </message>
        <message>
            <source>Say why it ended; the review queue and the timeline show it.</source>
            <translation>Diga por que terminou; a fila de revisão e a linha do tempo mostram isso.</translation>
        </message>
        <message>
            <source>End contract</source>
            <translation>Encerrar contrato</translation>
        </message>
        <message>
            <source>End the contract</source>
            <translation>Encerrar o contrato</translation>
        </message>
        <message>
            <source>When it ends and why. Everything in this flow is saved together when you press Finish.</source>
            <translation>Quando termina e por quê. Tudo neste fluxo é salvo de uma vez quando você clica em Concluir.</translation>
        </message>
        <message>
            <source>&amp;End date</source>
            <translation>&amp;Data de término</translation>
        </message>
        <message>
            <source>Ended &amp;by</source>
            <translation>Encerrado &amp;por</translation>
        </message>
        <message>
            <source>Who ended it: you or them. Your record as a client counts both.</source>
            <translation>Quem o encerrou: você ou o profissional. O seu histórico como cliente conta os dois casos.</translation>
        </message>
        <message>
            <source>&amp;Why it ended</source>
            <translation>&amp;Motivo do encerramento</translation>
        </message>
        <message>
            <source>e.g. Project delivered; budget ran out; not a fit</source>
            <translation>Ex.: Projeto entregue; o orçamento acabou; não se encaixou</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>The public feedback you give them on the platform, and what they gave you. Choose the stars, or untick what you have not left yet.</source>
            <translation>O feedback público que você dá à pessoa na plataforma e o que ela deu a você. Escolha as estrelas ou desmarque o que você ainda não deixou.</translation>
        </message>
        <message>
            <source>Feedback &amp;given</source>
            <translation>Feedback &amp;dado</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>Estrelas</translation>
        </message>
        <message>
            <source>Choose from 1 to 5 stars</source>
            <translation>Escolha de 1 a 5 estrelas</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Escolher…</translation>
        </message>
        <message>
            <source> / 5</source>
            <translation> / 5</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentário</translation>
        </message>
        <message>
            <source>What you write on their profile</source>
            <translation>O que você escreve no perfil da pessoa</translation>
        </message>
        <message>
            <source>Given o&amp;n</source>
            <translation>Dado &amp;em</translation>
        </message>
        <message>
            <source>The day the feedback was left (the end date unless you change it)</source>
            <translation>O dia em que o feedback foi deixado (a data de término, a menos que você a altere)</translation>
        </message>
        <message>
            <source>Feedback &amp;received</source>
            <translation>Feedback &amp;recebido</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Recebido em</translation>
        </message>
        <message>
            <source>Private review</source>
            <translation>Avaliação privada</translation>
        </message>
        <message>
            <source>Stays on this computer: how it really went, for the next time you hire. Choose every score, or untick the box to skip the review.</source>
            <translation>Fica neste computador: como foi de verdade, para a próxima vez que você contratar. Escolha todas as notas ou desmarque a caixa para pular a avaliação.</translation>
        </message>
        <message>
            <source>Write a private &amp;review</source>
            <translation>&amp;Escrever uma avaliação privada</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Habilidades</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualidade</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Disponibilidade</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Prazos</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Comunicação</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>Cooperação</translation>
        </message>
        <message>
            <source>Would &amp;rehire</source>
            <translation>&amp;Recontrataria</translation>
        </message>
        <message>
            <source>Re&amp;commend (0–10)</source>
            <translation>Re&amp;comendaria (0–10)</translation>
        </message>
        <message>
            <source>How likely you are to recommend them, from 0 to 10</source>
            <translation>Qual a chance de você recomendar a pessoa, de 0 a 10</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <source>Offboarding</source>
            <translation>Desligamento</translation>
        </message>
        <message>
            <source>Tick what is already done; anything left open comes back in the review queue.</source>
            <translation>Marque o que já foi feito; o que ficar em aberto volta na fila de revisão.</translation>
        </message>
        <message>
            <source>Test project: the decision</source>
            <translation>Projeto de teste: a decisão</translation>
        </message>
        <message>
            <source>&amp;Hire for real</source>
            <translation>&amp;Contratar de verdade</translation>
        </message>
        <message>
            <source>&amp;Not a fit</source>
            <translation>&amp;Não se encaixa</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>Decidir &amp;depois</translation>
        </message>
    </context>
    <context>
        <name>FileDetailsDialog</name>
        <message>
            <source>for this contract</source>
            <translation>deste contrato</translation>
        </message>
        <message>
            <source>kept with the person</source>
            <translation>da pessoa</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) {owner}: {names}</source>
            <translation>
                <numerusform>%n arquivo {owner}: {names}</numerusform>
                <numerusform>%n arquivos {owner}: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit file details</source>
            <translation>Editar detalhes do arquivo</translation>
        </message>
        <message>
            <source>Add files</source>
            <translation>Adicionar arquivos</translation>
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation>&amp;Direção</translation>
        </message>
        <message>
            <source>&amp;Sensitivity</source>
            <translation>&amp;Confidencialidade</translation>
        </message>
        <message>
            <source>S&amp;hared on</source>
            <translation>Compartil&amp;hado em</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>What the document is: an agreement on file clears the classification check's "no written contract" signal</source>
            <translation>O que é o documento: um acordo guardado nos arquivos elimina o sinal “nenhum contrato por escrito” da verificação de classificação</translation>
        </message>
        <message>
            <source>E&amp;xpires</source>
            <translation>&amp;Validade</translation>
        </message>
        <message>
            <source>Tick when the document runs out (insurance, an NDA, an ID): the review queue warns before it does</source>
            <translation>Marque quando o documento vence (seguro, NDA, documento de identidade): a fila de revisão avisa antes do vencimento</translation>
        </message>
        <message>
            <source>on</source>
            <translation>em</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Data de validade</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Observação</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
    </context>
    <context>
        <name>FilesTab</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direção</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>Confidencialidade</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Compartilhado</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Validade</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Adicionar arquivos…</translation>
        </message>
        <message>
            <source>Store files in this room (or drop them here)</source>
            <translation>Armazenar arquivos nesta sala (ou soltá-los aqui)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open with the system's program</source>
            <translation>Abrir com o programa do sistema</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Salvar uma cópia…</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Detalhes…</translation>
        </message>
        <message>
            <source>Correct the direction, sensitivity, date or note (Enter)</source>
            <translation>Corrigir direção, confidencialidade, data ou observação (Enter)</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Remover…</translation>
        </message>
        <message>
            <source>Drop files here to store them. Each file is kept once in the data folder, under its SHA-256.</source>
            <translation>Solte arquivos aqui para armazená-los. Cada arquivo é guardado uma única vez na pasta de dados, sob o seu SHA-256.</translation>
        </message>
        <message>
            <source>Add files to this contract</source>
            <translation>Adicionar arquivos a este contrato</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Salvar uma cópia</translation>
        </message>
        <message>
            <source>Remove the file “{name}” from this contract?</source>
            <translation>Remover o arquivo “{name}” deste contrato?</translation>
        </message>
        <message>
            <source>Remove file</source>
            <translation>Remover arquivo</translation>
        </message>
        <message>
            <source>Removed {name}</source>
            <translation>{name} removido</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search the bench</source>
            <translation>Pesquisar no banco de talentos</translation>
        </message>
        <message>
            <source>Search names, headlines, skills and notes  (Ctrl+F)</source>
            <translation>Pesquisar nomes, títulos, habilidades e notas  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Type the start of any word; every word must match</source>
            <translation>Digite o início de qualquer palavra; todas as palavras devem corresponder</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Habilidade</translation>
        </message>
        <message>
            <source>Skill…</source>
            <translation>Habilidade…</translation>
        </message>
        <message>
            <source>Show only people with this skill; add several and all must match</source>
            <translation>Mostrar somente pessoas com esta habilidade; adicione várias e todas devem corresponder</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Show people with these bench statuses</source>
            <translation>Mostrar pessoas com estas situações no banco de talentos</translation>
        </message>
        <message>
            <source>★ Favourites</source>
            <translation>★ Favoritos</translation>
        </message>
        <message>
            <source>Only favourites</source>
            <translation>Somente favoritos</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Disponível</translation>
        </message>
        <message>
            <source>Only people available for new work</source>
            <translation>Somente pessoas disponíveis para novos trabalhos</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Minimum average private-review score</source>
            <translation>Nota média mínima na avaliação privada</translation>
        </message>
        <message>
            <source>{score} or better</source>
            <translation>{score} ou mais</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Sobreposição</translation>
        </message>
        <message>
            <source>Their working day overlaps mine by at least this much</source>
            <translation>O dia de trabalho da pessoa coincide com o meu por pelo menos este tempo</translation>
        </message>
        <message>
            <source>At least {n} h with my day</source>
            <translation>Pelo menos {n} h com o meu dia</translation>
        </message>
        <message>
            <source>Not contacted</source>
            <translation>Sem contato</translation>
        </message>
        <message>
            <source>No message or appreciation logged for this long</source>
            <translation>Nenhuma mensagem ou reconhecimento registrado há este tempo</translation>
        </message>
        <message numerus="yes">
            <source>For %n day(s) or more</source>
            <translation>
                <numerusform>Há %n dia ou mais</numerusform>
                <numerusform>Há %n dias ou mais</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>Limpar tudo</translation>
        </message>
        <message>
            <source>Remove the search and every filter</source>
            <translation>Remover a pesquisa e todos os filtros</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln pessoa</numerusform>
                <numerusform>%Ln pessoas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln people</source>
            <translation>
                <numerusform>{shown} de %Ln pessoa</numerusform>
                <numerusform>{shown} de %Ln pessoas</numerusform>
            </translation>
        </message>
        <message>
            <source>Skill: {skill}</source>
            <translation>Habilidade: {skill}</translation>
        </message>
        <message>
            <source>Favourites</source>
            <translation>Favoritos</translation>
        </message>
        <message>
            <source>Score ≥ {score}</source>
            <translation>Nota ≥ {score}</translation>
        </message>
        <message>
            <source>Overlap ≥ {n} h</source>
            <translation>Sobreposição ≥ {n} h</translation>
        </message>
        <message numerus="yes">
            <source>Not contacted for %n day(s)</source>
            <translation>
                <numerusform>Sem contato há %n dia</numerusform>
                <numerusform>Sem contato há %n dias</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this filter</source>
            <translation>Remover este filtro</translation>
        </message>
    </context>
    <context>
        <name>FindMessagesDialog</name>
        <message>
            <source>Find in all messages</source>
            <translation>Localizar em todas as mensagens</translation>
        </message>
        <message>
            <source>Words to find</source>
            <translation>Palavras a localizar</translation>
        </message>
        <message>
            <source>Words to find in every contract's messages…</source>
            <translation>Palavras a localizar nas mensagens de todos os contratos…</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Todos os canais</translation>
        </message>
        <message>
            <source>Messages found</source>
            <translation>Mensagens encontradas</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the room at this message</source>
            <translation>Clique duas vezes ou pressione Enter para abrir a sala nesta mensagem</translation>
        </message>
        <message>
            <source>Type a word: every room is searched.</source>
            <translation>Digite uma palavra: todas as salas são pesquisadas.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Pesquisando…</translation>
        </message>
        <message>
            <source>Nothing found. Try fewer or shorter words, or all channels.</source>
            <translation>Nada encontrado. Tente menos palavras, palavras mais curtas ou todos os canais.</translation>
        </message>
        <message numerus="yes">
            <source>The newest %n match(es); add a word to narrow them.</source>
            <translation>
                <numerusform>O resultado mais recente; adicione uma palavra para refinar.</numerusform>
                <numerusform>Os %n resultados mais recentes; adicione uma palavra para refinar.</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} found</source>
            <translation>Encontrados: {n}</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Discard what you typed in “{title}”?</source>
            <translation>Descartar o que você digitou em “{title}”?</translation>
        </message>
    </context>
    <context>
        <name>GrantDialog</name>
        <message>
            <source>System access</source>
            <translation>Acesso a sistema</translation>
        </message>
        <message>
            <source>Equipment lent</source>
            <translation>Equipamento emprestado</translation>
        </message>
        <message>
            <source>Access tier</source>
            <translation>Nível de acesso</translation>
        </message>
        <message>
            <source>Edit access</source>
            <translation>Editar acesso</translation>
        </message>
        <message>
            <source>Grant access</source>
            <translation>Conceder acesso</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;Sistema</translation>
        </message>
        <message>
            <source>e.g. Code host, shared drive, laptop</source>
            <translation>Ex.: hospedagem de código, drive compartilhado, notebook</translation>
        </message>
        <message>
            <source>&amp;Granted on</source>
            <translation>&amp;Concedido em</translation>
        </message>
        <message>
            <source>&amp;Revoke by</source>
            <translation>&amp;Revogar até</translation>
        </message>
        <message>
            <source>Has a date</source>
            <translation>Tem data</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Observação</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>TalentDesk user guide</source>
            <translation>Guia do usuário do TalentDesk</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Guia do usuário</translation>
        </message>
    </context>
    <context>
        <name>HoursDialog</name>
        <message>
            <source>How long?</source>
            <translation>Quanto tempo?</translation>
        </message>
        <message>
            <source>Edit hours</source>
            <translation>Editar horas</translation>
        </message>
        <message>
            <source>Log hours</source>
            <translation>Registrar horas</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Dia</translation>
        </message>
        <message>
            <source>&amp;Time worked</source>
            <translation>&amp;Tempo trabalhado</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Observação</translation>
        </message>
        <message>
            <source>what was worked on</source>
            <translation>o que foi feito</translation>
        </message>
    </context>
    <context>
        <name>HoursTab</name>
        <message>
            <source>Day</source>
            <translation>Dia</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <source>Log hours…</source>
            <translation>Registrar horas…</translation>
        </message>
        <message>
            <source>Log hours worked (Ctrl+H)</source>
            <translation>Registrar horas trabalhadas (Ctrl+H)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Correct the day, time or note (Enter)</source>
            <translation>Corrigir o dia, o tempo ou a observação (Enter)</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Remover…</translation>
        </message>
        <message>
            <source>Week of</source>
            <translation>Semana de</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Limite</translation>
        </message>
        <message>
            <source>Over limit</source>
            <translation>Acima do limite</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>ilimitado</translation>
        </message>
        <message>
            <source>{h} over — usually paid as a bonus</source>
            <translation>{h} a mais — geralmente pagas como bônus</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) over the limit, {h} in all: pay them as a bonus from Scope change.</source>
            <translation>
                <numerusform>%n semana acima do limite, {h} no total: pague essas horas como bônus em Alteração de escopo.</numerusform>
                <numerusform>%n semanas acima do limite, {h} no total: pague essas horas como bônus em Alteração de escopo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove the {hours} logged on {day}?</source>
            <translation>Remover as {hours} registradas em {day}?</translation>
        </message>
        <message>
            <source>Remove hours</source>
            <translation>Remover horas</translation>
        </message>
        <message>
            <source>Removed {hours} on {day}</source>
            <translation>{hours} removidas em {day}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>File: {name}</source>
            <translation>Arquivo: {name}</translation>
        </message>
        <message>
            <source>What the import found</source>
            <translation>O que a importação encontrou</translation>
        </message>
        <message>
            <source>The preview of what will be imported appears here.</source>
            <translation>A pré-visualização do que será importado aparece aqui.</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Pré-visualizar</translation>
        </message>
        <message>
            <source>Read the file and show what would change, without changing anything</source>
            <translation>Ler o arquivo e mostrar o que mudaria, sem alterar nada</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lendo o arquivo…</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Lendo {name}…</translation>
        </message>
        <message>
            <source>Preview: {summary}. Nothing has been changed yet.</source>
            <translation>Pré-visualização: {summary}. Nada foi alterado ainda.</translation>
        </message>
        <message>
            <source>Cannot import: {message}</source>
            <translation>Não é possível importar: {message}</translation>
        </message>
        <message>
            <source>Import {name}</source>
            <translation>Importar {name}</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>Importando {name}…</translation>
        </message>
        <message>
            <source>Done: {summary}.</source>
            <translation>Concluído: {summary}.</translation>
        </message>
    </context>
    <context>
        <name>InteractionDialog</name>
        <message>
            <source>Message</source>
            <translation>Mensagem</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Chamada</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunião</translation>
        </message>
        <message>
            <source>Note (for yourself; not contact)</source>
            <translation>Nota (para você; não conta como contato)</translation>
        </message>
        <message>
            <source>Log an interaction</source>
            <translation>Registrar uma interação</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;O quê:</translation>
        </message>
        <message>
            <source>A message, a call, a meeting, or a note for yourself (a note does not count as contact)</source>
            <translation>Uma mensagem, uma chamada, uma reunião ou uma nota para você (uma nota não conta como contato)</translation>
        </message>
        <message>
            <source>W&amp;hen:</source>
            <translation>&amp;Quando:</translation>
        </message>
        <message>
            <source>When it happened, in your local time</source>
            <translation>Quando aconteceu, no seu horário local</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>&amp;Duração:</translation>
        </message>
        <message>
            <source>not noted</source>
            <translation>não registrada</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>How long the call or meeting took</source>
            <translation>Quanto tempo durou a chamada ou a reunião</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Texto:</translation>
        </message>
        <message>
            <source>What was said or agreed</source>
            <translation>O que foi dito ou combinado</translation>
        </message>
    </context>
    <context>
        <name>LicencesDialog</name>
        <message>
            <source>Licences</source>
            <translation>Licenças</translation>
        </message>
        <message>
            <source>TalentDesk is free software under the MIT licence. It includes the components below, each under its own licence.</source>
            <translation>O TalentDesk é software livre sob a licença MIT. Ele inclui os componentes abaixo, cada um sob sua própria licença.</translation>
        </message>
        <message>
            <source>Licence text</source>
            <translation>Texto da licença</translation>
        </message>
        <message>
            <source>This copy of TalentDesk runs from its source code, so the licence file of the installed program is not here.

It is written when the installers are built (python packaging/build.py). Until then, the licences of the Python packages are in their installed metadata (pip show --files NAME) and those of the fonts in resources/fonts.</source>
            <translation>Esta cópia do TalentDesk é executada a partir do código-fonte, por isso o arquivo de licenças do programa instalado não está aqui.

Ele é gerado quando os instaladores são compilados (python packaging/build.py). Até lá, as licenças dos pacotes Python estão nos metadados instalados (pip show --files NOME) e as das fontes em resources/fonts.</translation>
        </message>
    </context>
    <context>
        <name>LogRaiseDialog</name>
        <message>
            <source>A new hourly rate for {person}; earlier contracts keep their rates.</source>
            <translation>Uma nova taxa por hora para {person}; os contratos anteriores mantêm suas taxas.</translation>
        </message>
        <message>
            <source>Current rate: {rate}</source>
            <translation>Taxa atual: {rate}</translation>
        </message>
        <message>
            <source>Also change the rate of “{title}” (now {rate}) from that day</source>
            <translation>Alterar também a taxa de “{title}” (atualmente {rate}) a partir desse dia</translation>
        </message>
        <message>
            <source>Log a raise</source>
            <translation>Registrar aumento</translation>
        </message>
        <message>
            <source>New &amp;rate per hour:</source>
            <translation>Nova &amp;taxa por hora:</translation>
        </message>
        <message>
            <source>e.g. 55.00</source>
            <translation>Ex.: 55.00</translation>
        </message>
        <message>
            <source>&amp;Effective from:</source>
            <translation>&amp;Vigente a partir de:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Observação:</translation>
        </message>
        <message>
            <source>Why, e.g. yearly revisit</source>
            <translation>Motivo, ex.: revisão anual</translation>
        </message>
        <message>
            <source>The contract's new rate goes through a scope change: its ledger records it, and earlier weeks keep the old rate</source>
            <translation>A nova taxa do contrato passa por uma alteração de escopo: o registro do contrato a guarda, e as semanas anteriores mantêm a taxa antiga</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Screens</source>
            <translation>Telas</translation>
        </message>
        <message>
            <source>{title} ({shortcut})</source>
            <translation>{title} ({shortcut})</translation>
        </message>
        <message>
            <source>Team database: {where}</source>
            <translation>Banco de dados da equipe: {where}</translation>
        </message>
        <message>
            <source>Local data</source>
            <translation>Dados locais</translation>
        </message>
        <message>
            <source>Shared with everyone who opens the team database {where}. Stored files are kept in {folder}.</source>
            <translation>Compartilhado com todos que abrem o banco de dados da equipe {where}. Os arquivos armazenados ficam em {folder}.</translation>
        </message>
        <message>
            <source>Kept on this computer, in {folder}.</source>
            <translation>Guardado neste computador, em {folder}.</translation>
        </message>
        <message>
            <source>Connected to the team database again.</source>
            <translation>Conectado novamente ao banco de dados da equipe.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>New &amp;talent…</source>
            <translation>Novo &amp;talento…</translation>
        </message>
        <message>
            <source>Add a person to the bench</source>
            <translation>Adicionar uma pessoa ao banco de talentos</translation>
        </message>
        <message>
            <source>New &amp;contract…</source>
            <translation>Novo &amp;contrato…</translation>
        </message>
        <message>
            <source>Start a contract with someone on the bench</source>
            <translation>Iniciar um contrato com alguém do banco de talentos</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <source>Time&amp;line events as CSV…</source>
            <translation>Eventos da &amp;linha do tempo como CSV…</translation>
        </message>
        <message>
            <source>Save the events the timeline's filters show as a CSV file</source>
            <translation>Salvar como arquivo CSV os eventos que os filtros da linha do tempo mostram</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <source>&amp;Narrow sidebar</source>
            <translation>Barra lateral &amp;estreita</translation>
        </message>
        <message>
            <source>Show the screens as icons only, to give the screen more room</source>
            <translation>Mostrar as telas somente como ícones, para dar mais espaço à tela</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Ferramentas</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guia do usuário</translation>
        </message>
        <message>
            <source>How TalentDesk is meant to be used, screen by screen</source>
            <translation>Como usar o TalentDesk, tela por tela</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atalhos de teclado</translation>
        </message>
        <message>
            <source>Every shortcut of the window, and where it works</source>
            <translation>Todos os atalhos da janela e onde funcionam</translation>
        </message>
        <message>
            <source>&amp;About TalentDesk</source>
            <translation>&amp;Sobre o TalentDesk</translation>
        </message>
        <message>
            <source>Team database: {where} — read only</source>
            <translation>Banco de dados da equipe: {where} — somente leitura</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read only.&lt;/b&gt; This team database lets you read only: your role on the server may not change it. Ask whoever runs the server for write access.</source>
            <translation>&lt;b&gt;Somente leitura.&lt;/b&gt; Este banco de dados da equipe permite apenas leitura: seu papel no servidor não tem permissão para alterá-lo. Peça acesso de gravação a quem administra o servidor.</translation>
        </message>
        <message>
            <source>Team database: {where} — not connected</source>
            <translation>Banco de dados da equipe: {where} — não conectado</translation>
        </message>
        <message>
            <source>&lt;b&gt;The team database cannot be reached.&lt;/b&gt; What is on screen can still be read; changes are refused until it is back. Reconnecting by itself… &lt;a href='retry' style='color: white'&gt;Try now&lt;/a&gt;</source>
            <translation>&lt;b&gt;Não é possível acessar o banco de dados da equipe.&lt;/b&gt; O que está na tela ainda pode ser lido; as alterações são recusadas até que ele volte. Reconectando automaticamente… &lt;a href='retry' style='color: white'&gt;Tentar agora&lt;/a&gt;</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Desfazer {action}</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Refazer {action}</translation>
        </message>
        <message>
            <source>Undone: {action}</source>
            <translation>Desfeito: {action}</translation>
        </message>
        <message>
            <source>Redone: {action}</source>
            <translation>Refeito: {action}</translation>
        </message>
        <message>
            <source>{what} — &lt;a href='undo'&gt;Undo&lt;/a&gt;</source>
            <translation>{what} — &lt;a href='undo'&gt;Desfazer&lt;/a&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln pessoa</numerusform>
                <numerusform>%Ln pessoas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contract(s)</source>
            <translation>
                <numerusform>%Ln contrato</numerusform>
                <numerusform>%Ln contratos</numerusform>
            </translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>Pasta de dados: {folder}</translation>
        </message>
        <message>
            <source>About TalentDesk</source>
            <translation>Sobre o TalentDesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;TalentDesk {version}&lt;/h3&gt;&lt;p&gt;An offline relationship manager for clients who work with independent professionals: a bench to rehire from, a workroom per contract, a feedback timeline and review sessions.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;TalentDesk {version}&lt;/h3&gt;&lt;p&gt;Um gerenciador de relacionamentos offline para clientes que trabalham com profissionais independentes: um banco de talentos para recontratar, uma sala de trabalho por contrato, uma linha do tempo de feedback e sessões de revisão.&lt;/p&gt;&lt;p&gt;Seus dados ficam neste computador, em&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revisão</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Banco de talentos</translation>
        </message>
        <message>
            <source>Workroom</source>
            <translation>Sala de trabalho</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Linha do tempo</translation>
        </message>
        <message>
            <source>Planner</source>
            <translation>Planejador</translation>
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <source>({n} min)</source>
            <translation>({n} min)</translation>
        </message>
    </context>
    <context>
        <name>MessagesTab</name>
        <message>
            <source>Search this room's messages</source>
            <translation>Pesquisar as mensagens desta sala</translation>
        </message>
        <message>
            <source>Search this room's messages… (Ctrl+F)</source>
            <translation>Pesquisar as mensagens desta sala… (Ctrl+F)</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Todos os canais</translation>
        </message>
        <message>
            <source>Show only what was said on one channel</source>
            <translation>Mostrar somente o que foi dito em um canal</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Mensagens</translation>
        </message>
        <message>
            <source>No messages yet. Log what was said below — a chat, an e-mail, a call — so the whole story of this contract stays in one place.</source>
            <translation>Nenhuma mensagem ainda. Registre abaixo o que foi dito — um chat, um e-mail, uma chamada — para que toda a história deste contrato fique em um só lugar.</translation>
        </message>
        <message>
            <source>New message</source>
            <translation>Nova mensagem</translation>
        </message>
        <message>
            <source>Write or paste what was said… (Ctrl+Enter adds it)</source>
            <translation>Escreva ou cole o que foi dito… (Ctrl+Enter adiciona)</translation>
        </message>
        <message>
            <source>Who said it</source>
            <translation>Quem disse</translation>
        </message>
        <message>
            <source>Where it was said</source>
            <translation>Onde foi dito</translation>
        </message>
        <message>
            <source>When it was said</source>
            <translation>Quando foi dito</translation>
        </message>
        <message>
            <source>When it was said, in your local time (now unless you change it)</source>
            <translation>Quando foi dito, no seu horário local (agora, a menos que você altere)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>length?</source>
            <translation>duração?</translation>
        </message>
        <message>
            <source>How long the call took</source>
            <translation>Quanto tempo durou a chamada</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <source>Add to the log (Ctrl+Enter)</source>
            <translation>Adicionar ao registro (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Search the messages</source>
            <translation>Pesquisar as mensagens</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Remover…</translation>
        </message>
        <message>
            <source>the {channel} of {when}: “{text}”</source>
            <translation>{channel} de {when}: “{text}”</translation>
        </message>
        <message>
            <source>Edit message</source>
            <translation>Editar mensagem</translation>
        </message>
        <message>
            <source>Correct {what}</source>
            <translation>Corrigir {what}</translation>
        </message>
        <message>
            <source>Remove message</source>
            <translation>Remover mensagem</translation>
        </message>
        <message>
            <source>Remove {what}?</source>
            <translation>Remover {what}?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Removed a message</source>
            <translation>Mensagem removida</translation>
        </message>
        <message>
            <source>{n}{more} found</source>
            <translation>Encontrados: {n}{more}</translation>
        </message>
        <message>
            <source>Add message</source>
            <translation>Adicionar mensagem</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDialog</name>
        <message>
            <source>Add milestone</source>
            <translation>Adicionar etapa</translation>
        </message>
        <message>
            <source>Edit milestone</source>
            <translation>Editar etapa</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Valor</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>Ve&amp;ncimento</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation>Tem data de vencimento</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Descrição</translation>
        </message>
        <message>
            <source>What is delivered</source>
            <translation>O que é entregue</translation>
        </message>
    </context>
    <context>
        <name>MilestonesTab</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vencimento</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprovada</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paga</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Adicionar…</translation>
        </message>
        <message>
            <source>Add a milestone</source>
            <translation>Adicionar uma etapa</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Mover para cima</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Mover para baixo</translation>
        </message>
        <message>
            <source>Advance</source>
            <translation>Avançar</translation>
        </message>
        <message>
            <source>pending → submitted → approved → paid</source>
            <translation>pendente → enviada → aprovada → paga</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source> (overdue)</source>
            <translation> (atrasada)</translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s), {total} in all{late}</source>
            <translation>
                <numerusform>%n etapa, {total} no total{late}</numerusform>
                <numerusform>%n etapas, {total} no total{late}</numerusform>
            </translation>
        </message>
        <message>
            <source>; {n} overdue</source>
            <translation>; atrasadas: {n}</translation>
        </message>
        <message>
            <source>No milestones yet. Add one with Add…</source>
            <translation>Nenhuma etapa ainda. Adicione uma com Adicionar…</translation>
        </message>
        <message>
            <source>Mark {status}</source>
            <translation>Marcar como {status}</translation>
        </message>
        <message>
            <source>Move milestone</source>
            <translation>Mover etapa</translation>
        </message>
        <message>
            <source>Advance milestone</source>
            <translation>Avançar etapa</translation>
        </message>
        <message>
            <source>Remove the milestone “{title}”?</source>
            <translation>Remover a etapa “{title}”?</translation>
        </message>
        <message>
            <source>Remove milestone</source>
            <translation>Remover etapa</translation>
        </message>
        <message>
            <source>Removed the milestone “{title}”</source>
            <translation>Etapa “{title}” removida</translation>
        </message>
    </context>
    <context>
        <name>OverflowRow</name>
        <message>
            <source>More</source>
            <translation>Mais</translation>
        </message>
        <message>
            <source>The actions there is no room for in this row</source>
            <translation>As ações que não cabem nesta linha</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Open encrypted data</source>
            <translation>Abrir dados criptografados</translation>
        </message>
        <message>
            <source>Encrypt your data</source>
            <translation>Criptografar seus dados</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Alterar a frase secreta</translation>
        </message>
        <message>
            <source>Turn encryption off</source>
            <translation>Desativar a criptografia</translation>
        </message>
        <message>
            <source>The data in {folder} is encrypted. Enter its passphrase to open it.</source>
            <translation>Os dados em {folder} estão criptografados. Digite a frase secreta para abri-los.</translation>
        </message>
        <message>
            <source>Your data, its backups and sensitive files will be stored unencrypted again. Enter the current passphrase to confirm.</source>
            <translation>Seus dados, os backups e os arquivos sensíveis voltarão a ser armazenados sem criptografia. Digite a frase secreta atual para confirmar.</translation>
        </message>
        <message>
            <source>&amp;New passphrase</source>
            <translation>&amp;Nova frase secreta</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Frase secreta</translation>
        </message>
        <message>
            <source>The database, its backups and files marked confidential or secret will be encrypted with this passphrase. Nobody can open them without it, not even you: write it down somewhere safe. A backup is taken first.</source>
            <translation>O banco de dados, os backups e os arquivos marcados como confidenciais ou secretos serão criptografados com esta frase secreta. Ninguém pode abri-los sem ela, nem mesmo você: anote-a em um lugar seguro. Um backup é feito antes.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase secreta</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase</source>
            <translation>Frase secreta &amp;atual</translation>
        </message>
        <message>
            <source>&amp;Repeat it</source>
            <translation>&amp;Repita a frase</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Correct payment</source>
            <translation>Corrigir pagamento</translation>
        </message>
        <message>
            <source>A correction keeps the payment's currency; remove the payment and record it again to change it</source>
            <translation>Uma correção mantém a moeda do pagamento; para alterá-la, remova o pagamento e registre-o novamente</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Registrar pagamento</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Valor</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>The currency the payment was made in; another than the contract's asks for the amount in the contract's currency too</source>
            <translation>A moeda em que o pagamento foi feito; uma moeda diferente da do contrato pede também o valor na moeda do contrato</translation>
        </message>
        <message>
            <source>&amp;Paid on</source>
            <translation>&amp;Pago em</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Descrição</translation>
        </message>
        <message>
            <source>In &amp;contract currency</source>
            <translation>Na moeda do &amp;contrato</translation>
        </message>
        <message>
            <source>What the payment came to in the contract's currency, so that the contract's totals count it</source>
            <translation>Quanto o pagamento representou na moeda do contrato, para que os totais do contrato o incluam</translation>
        </message>
        <message>
            <source>&amp;Why the correction</source>
            <translation>&amp;Motivo da correção</translation>
        </message>
        <message>
            <source>Optional: kept with what the payment said before</source>
            <translation>Opcional: guardado junto com o que o pagamento dizia antes</translation>
        </message>
    </context>
    <context>
        <name>PaymentsTab</name>
        <message>
            <source>Correct…</source>
            <translation>Corrigir…</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Pago em</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Record payment…</source>
            <translation>Registrar pagamento…</translation>
        </message>
        <message>
            <source>Correct the selected payment; what it said before is kept (Enter)</source>
            <translation>Corrigir o pagamento selecionado; o valor anterior é mantido (Enter)</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Remover…</translation>
        </message>
        <message>
            <source>Remove a payment recorded by mistake; it stays on the audit trail (Del)</source>
            <translation>Remover um pagamento registrado por engano; ele permanece na trilha de auditoria (Del)</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totais</translation>
        </message>
        <message>
            <source>Corrections (what each payment said before)</source>
            <translation>Correções (o que cada pagamento dizia antes)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Alteração</translation>
        </message>
        <message>
            <source>It said</source>
            <translation>Dizia</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Agora</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>{figure} in {year}</source>
            <translation>{figure} em {year}</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Corrigido</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Removido</translation>
        </message>
        <message>
            <source>No payments recorded yet.</source>
            <translation>Nenhum pagamento registrado ainda.</translation>
        </message>
        <message>
            <source>Entered by {name}; last corrected by {other}</source>
            <translation>Registrado por {name}; última correção por {other}</translation>
        </message>
        <message>
            <source>Entered by {name}</source>
            <translation>Registrado por {name}</translation>
        </message>
        <message>
            <source>Removed by {name}</source>
            <translation>Removido por {name}</translation>
        </message>
        <message>
            <source>Corrected by {name}</source>
            <translation>Corrigido por {name}</translation>
        </message>
        <message>
            <source>{kind} {amount} on {day}</source>
            <translation>{kind} {amount} em {day}</translation>
        </message>
        <message>
            <source>Remove payment</source>
            <translation>Remover pagamento</translation>
        </message>
        <message>
            <source>Remove the payment of {amount} on {day}?</source>
            <translation>Remover o pagamento de {amount} em {day}?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Removed the payment of {amount}</source>
            <translation>Pagamento de {amount} removido</translation>
        </message>
    </context>
    <context>
        <name>PeopleExportDialog</name>
        <message>
            <source>The file leaves TalentDesk: choose what goes into it.</source>
            <translation>O arquivo sai do TalentDesk: escolha o que vai nele.</translation>
        </message>
        <message>
            <source>Include private &amp;notes</source>
            <translation>Incluir &amp;notas privadas</translation>
        </message>
        <message>
            <source>Your notes about each person; they are for your eyes only unless you tick this</source>
            <translation>Suas notas sobre cada pessoa; só você as vê, a menos que marque esta opção</translation>
        </message>
        <message>
            <source>Include &amp;archived and do-not-rehire people</source>
            <translation>Incluir pessoas &amp;arquivadas e marcadas como não recontratar</translation>
        </message>
        <message>
            <source>People you have set aside are left out unless you tick this</source>
            <translation>As pessoas que você deixou de lado ficam de fora, a menos que marque esta opção</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Escolher arquivo…</translation>
        </message>
    </context>
    <context>
        <name>PeoplePicker</name>
        <message>
            <source>Show the events of the people you tick</source>
            <translation>Mostrar os eventos das pessoas marcadas</translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>Localizar uma pessoa</translation>
        </message>
        <message>
            <source>Find a person…</source>
            <translation>Localizar uma pessoa…</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Show everyone's events</source>
            <translation>Mostrar os eventos de todos</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln pessoa</numerusform>
                <numerusform>%Ln pessoas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonDocuments</name>
        <message>
            <source>Files kept with the person</source>
            <translation>Arquivos guardados com a pessoa</translation>
        </message>
        <message>
            <source>Their insurance, a tax form, an ID or a framework agreement: documents that belong to them rather than one contract. An expiry date brings a review card before it runs out.</source>
            <translation>Seguro, formulário fiscal, documento de identidade ou contrato-quadro: documentos da pessoa, e não de um contrato específico. Uma data de validade gera um cartão de revisão antes do vencimento.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Validade</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Compartilhado</translation>
        </message>
        <message>
            <source>No files kept with this person. Add files… stores one here.</source>
            <translation>Nenhum arquivo guardado com esta pessoa. Adicionar arquivos… guarda um aqui.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Adicionar arquivos…</translation>
        </message>
        <message>
            <source>Store files with this person: kind, expiry and sensitivity are asked next</source>
            <translation>Guardar arquivos com esta pessoa: tipo, validade e confidencialidade são perguntados em seguida</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open with the system's program</source>
            <translation>Abrir com o programa do sistema</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Classification check</source>
            <translation>Verificação de classificação</translation>
        </message>
        <message>
            <source>Classification check…</source>
            <translation>Verificação de classificação…</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expirado</translation>
        </message>
        <message numerus="yes">
            <source>{title}: {risk}, %n point(s) — checked on {day}</source>
            <translation>
                <numerusform>{title}: {risk}, %n ponto — verificado em {day}</numerusform>
                <numerusform>{title}: {risk}, %n pontos — verificado em {day}</numerusform>
            </translation>
        </message>
        <message>
            <source>Never checked. The check asks who sets the hours, the place and the equipment, and reads the rest from your records.</source>
            <translation>Nunca verificado. A verificação pergunta quem define o horário, o local e o equipamento, e lê o restante dos seus registros.</translation>
        </message>
        <message>
            <source>Check “{title}” (their latest running contract)</source>
            <translation>Verificar “{title}” (o contrato em andamento mais recente)</translation>
        </message>
        <message>
            <source>The check is about a contract: this person has none yet</source>
            <translation>A verificação se refere a um contrato: esta pessoa ainda não tem nenhum</translation>
        </message>
        <message>
            <source>Add files kept with this person</source>
            <translation>Adicionar arquivos guardados com esta pessoa</translation>
        </message>
        <message>
            <source>Remove file</source>
            <translation>Remover arquivo</translation>
        </message>
        <message>
            <source>Remove “{name}” from this person? The stored copy is deleted when no other record uses it.</source>
            <translation>Remover “{name}” desta pessoa? A cópia armazenada é excluída quando nenhum outro registro a usa.</translation>
        </message>
    </context>
    <context>
        <name>PlannerScreen</name>
        <message>
            <source>e.g. Data pipeline for the shop</source>
            <translation>ex.: Pipeline de dados da loja</translation>
        </message>
        <message>
            <source>What the work is called: the draft offers take it as their title</source>
            <translation>O nome do trabalho: as ofertas em rascunho o usam como título</translation>
        </message>
        <message>
            <source>Python:4, dbt</source>
            <translation>Python:4, dbt</translation>
        </message>
        <message>
            <source>The skills the work needs, separated by commas, each with its minimum level from 1 to 5 after a colon (no level: any level)</source>
            <translation>As habilidades que o trabalho exige, separadas por vírgulas, cada uma com seu nível mínimo de 1 a 5 após dois-pontos (sem nível: qualquer nível)</translation>
        </message>
        <message>
            <source> h a week</source>
            <translation> h por semana</translation>
        </message>
        <message>
            <source> h a day</source>
            <translation> h por dia</translation>
        </message>
        <message>
            <source>Hours of each working day they must share with yours, on every day of the period (changes of the clocks included)</source>
            <translation>Horas de cada dia de trabalho que devem coincidir com o seu, em todos os dias do período (incluindo mudanças de horário de verão)</translation>
        </message>
        <message>
            <source>optional, e.g. 6000</source>
            <translation>opcional, ex.: 6000</translation>
        </message>
        <message>
            <source>optional, an hour</source>
            <translation>opcional, por hora</translation>
        </message>
        <message>
            <source>&amp;Work:</source>
            <translation>&amp;Trabalho:</translation>
        </message>
        <message>
            <source>&amp;Skills:</source>
            <translation>&amp;Habilidades:</translation>
        </message>
        <message>
            <source>&amp;Hours:</source>
            <translation>H&amp;oras:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;De:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Até:</translation>
        </message>
        <message>
            <source>&amp;Overlap:</source>
            <translation>&amp;Sobreposição:</translation>
        </message>
        <message>
            <source>&amp;Budget:</source>
            <translation>Orça&amp;mento:</translation>
        </message>
        <message>
            <source>&amp;Maximum rate:</source>
            <translation>Taxa má&amp;xima:</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>Mo&amp;eda:</translation>
        </message>
        <message>
            <source>Plans you kept: open one to see its description and its draft offers</source>
            <translation>Planos guardados: abra um para ver a descrição e as ofertas em rascunho</translation>
        </message>
        <message>
            <source>Saved plans</source>
            <translation>Planos salvos</translation>
        </message>
        <message>
            <source>Describe the work</source>
            <translation>Descreva o trabalho</translation>
        </message>
        <message>
            <source>Ranked proposals: pick one to see why, then make the draft offers</source>
            <translation>Propostas classificadas: escolha uma para ver os motivos e depois crie as ofertas em rascunho</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Propostas</translation>
        </message>
        <message>
            <source>Why this proposal</source>
            <translation>Por que esta proposta</translation>
        </message>
        <message>
            <source>Make &amp;draft offers</source>
            <translation>Criar ofertas em &amp;rascunho</translation>
        </message>
        <message>
            <source>One draft contract per person of the proposal, prefilled from the plan, kept together as a plan (Ctrl+Return)</source>
            <translation>Um contrato em rascunho por pessoa da proposta, preenchido a partir do plano, todos guardados juntos como um plano (Ctrl+Return)</translation>
        </message>
        <message>
            <source>Plan &amp;PDF…</source>
            <translation>&amp;PDF do plano…</translation>
        </message>
        <message>
            <source>A PDF of the saved plan to share: the description, the team, the cost and the alternatives considered</source>
            <translation>Um PDF do plano salvo para compartilhar: a descrição, a equipe, o custo e as alternativas consideradas</translation>
        </message>
        <message>
            <source>&amp;New plan</source>
            <translation>&amp;Novo plano</translation>
        </message>
        <message>
            <source>Clear the description and start again</source>
            <translation>Limpar a descrição e recomeçar</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>Procurando…</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Habilidades</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Orçamento</translation>
        </message>
        <message>
            <source>Maximum rate</source>
            <translation>Taxa máxima</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Até</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Name the skills the work needs (for example “Python:4, dbt”), the hours a week and the period: the people and small teams who can do it appear here, best first.</source>
            <translation>Informe as habilidades que o trabalho exige (por exemplo, “Python:4, dbt”), as horas por semana e o período: as pessoas e pequenas equipes que podem fazê-lo aparecem aqui, as melhores primeiro.</translation>
        </message>
        <message>
            <source>cost unknown</source>
            <translation>custo desconhecido</translation>
        </message>
        <message numerus="yes">
            <source>team of %n</source>
            <translation>
                <numerusform>equipe de %n</numerusform>
                <numerusform>equipe de %n</numerusform>
            </translation>
        </message>
        <message>
            <source>one person</source>
            <translation>uma pessoa</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) with the skills considered</source>
            <translation>
                <numerusform>%n pessoa considerada com as habilidades exigidas</numerusform>
                <numerusform>%n pessoas consideradas com as habilidades exigidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; availability not set for %n</source>
            <translation>
                <numerusform>; disponibilidade não definida para %n</numerusform>
                <numerusform>; disponibilidade não definida para %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h a week</source>
            <translation>
                <numerusform>%n h por semana</numerusform>
                <numerusform>%n h por semana</numerusform>
            </translation>
        </message>
        <message>
            <source>Make draft offers</source>
            <translation>Criar ofertas em rascunho</translation>
        </message>
        <message>
            <source>Draft offers made</source>
            <translation>Ofertas em rascunho criadas</translation>
        </message>
        <message numerus="yes">
            <source>%n draft offer(s) made and kept as a plan: open each from the plan's list to send it.</source>
            <translation>
                <numerusform>%n oferta em rascunho criada e guardada como plano: abra-a na lista do plano para enviá-la.</numerusform>
                <numerusform>%n ofertas em rascunho criadas e guardadas como plano: abra cada uma na lista do plano para enviá-la.</numerusform>
            </translation>
        </message>
        <message>
            <source>Draft offers not made</source>
            <translation>Ofertas em rascunho não criadas</translation>
        </message>
        <message>
            <source>No plan kept yet: pick a proposal and make its draft offers.</source>
            <translation>Nenhum plano guardado ainda: escolha uma proposta e crie as ofertas em rascunho.</translation>
        </message>
        <message>
            <source>Platform migration</source>
            <translation>Migração de plataforma</translation>
        </message>
    </context>
    <context>
        <name>QuotesDialog</name>
        <message>
            <source>Comments to quote</source>
            <translation>Comentários para citar</translation>
        </message>
        <message>
            <source>Comments people gave you</source>
            <translation>Comentários que as pessoas deixaram para você</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentário</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Ticked comments appear in the “working with me” PDF, with the person's first name, the score and the date; the newest {n} of them fit its one page.</source>
            <translation>Os comentários marcados aparecem no PDF “Trabalhando comigo”, com o primeiro nome da pessoa, a nota e a data; os {n} mais recentes cabem na sua única página.</translation>
        </message>
        <message>
            <source>Nobody has left you feedback with a comment yet. Record the feedback they give you in a contract's workroom.</source>
            <translation>Ninguém deixou feedback com comentário para você ainda. Registre o feedback que receber na sala de trabalho do contrato.</translation>
        </message>
        <message>
            <source>Choose comments to quote</source>
            <translation>Escolher comentários para citar</translation>
        </message>
    </context>
    <context>
        <name>RatesImportDialog</name>
        <message>
            <source>Rates are read as the European Central Bank publishes them: how many units of each currency one euro bought that day. A rate already kept for a currency and day is replaced when the file says otherwise. A file with a bad cell is refused whole, naming its line.</source>
            <translation>As taxas são lidas como o Banco Central Europeu as publica: quantas unidades de cada moeda um euro comprava naquele dia. Uma taxa já guardada para uma moeda e um dia é substituída quando o arquivo traz outro valor. Um arquivo com uma célula inválida é recusado por inteiro, com a indicação da linha.</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <source>My record as a client</source>
            <translation>Meu histórico como cliente</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>The figures over this period, compared with the period before it</source>
            <translation>Os números deste período, comparados com os do período anterior</translation>
        </message>
        <message numerus="yes">
            <source>Last %n month(s)</source>
            <translation>
                <numerusform>Último mês</numerusform>
                <numerusform>Últimos %n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Período:</translation>
        </message>
        <message>
            <source>Back to the queue</source>
            <translation>Voltar à fila</translation>
        </message>
        <message>
            <source>Back to the review queue (Esc)</source>
            <translation>Voltar à fila de revisão (Esc)</translation>
        </message>
        <message>
            <source>Comments to quote…</source>
            <translation>Comentários para citar…</translation>
        </message>
        <message>
            <source>Choose which comments people gave you appear in the PDF</source>
            <translation>Escolher quais comentários recebidos aparecem no PDF</translation>
        </message>
        <message>
            <source>Working with me PDF…</source>
            <translation>PDF “Trabalhando comigo”…</translation>
        </message>
        <message>
            <source>One page to share with a new hire: how you work, pay and what people said, over the chosen period</source>
            <translation>Uma página para compartilhar com quem você contratar: como você trabalha e paga e o que as pessoas disseram, no período escolhido</translation>
        </message>
        <message>
            <source>Back to the review queue</source>
            <translation>Voltar à fila de revisão</translation>
        </message>
        <message numerus="yes">
            <source>From {start} to {end}, compared with the %n day(s) before. Click a figure to see what it was counted from.</source>
            <translation>
                <numerusform>De {start} a {end}, comparado com o %n dia anterior. Clique em um número para ver de onde ele foi contado.</numerusform>
                <numerusform>De {start} a {end}, comparado com os %n dias anteriores. Clique em um número para ver de onde ele foi contado.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordTab</name>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Remover…</translation>
        </message>
        <message>
            <source>TalentDesk</source>
            <translation>TalentDesk</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Why (optional, kept with the record of what it was):</source>
            <translation>Motivo (opcional, guardado com o registro do que era):</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>RecordsDialog</name>
        <message>
            <source>Records behind the figure</source>
            <translation>Registros por trás do número</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrato</translation>
        </message>
        <message>
            <source>What</source>
            <translation>O quê</translation>
        </message>
        <message>
            <source>Counts as</source>
            <translation>Conta como</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open the contract's workroom, or the person (Enter)</source>
            <translation>Abrir a sala de trabalho do contrato ou a pessoa (Enter)</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <source>Backups are kept in {folder}</source>
            <translation>Os backups ficam em {folder}</translation>
        </message>
        <message>
            <source>Restore a daily copy</source>
            <translation>Restaurar uma cópia diária</translation>
        </message>
        <message>
            <source>Replace all your data with the backup taken {when}?

Everything entered since then is set aside: the data as it is now is kept as a backup first, so you can come back to it from this list.</source>
            <translation>Substituir todos os seus dados pelo backup feito em {when}?

Tudo o que foi inserido desde então fica de lado: os dados atuais são guardados antes como backup, para que você possa voltar a eles nesta lista.</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar de um backup</translation>
        </message>
        <message>
            <source>TalentDesk copies your data on the first start of each day and before every migration. Choose the copy to go back to; the data as it is now is kept as a backup first, so a restore can be undone.</source>
            <translation>O TalentDesk copia seus dados na primeira inicialização de cada dia e antes de cada migração. Escolha a cópia para a qual voltar; os dados atuais são guardados antes como backup, para que a restauração possa ser desfeita.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Feito em</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <source>There are no backups yet. TalentDesk takes the first one the next time it starts on a new day.</source>
            <translation>Ainda não há backups. O TalentDesk faz o primeiro na próxima vez que for iniciado em um novo dia.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPagesWizard</name>
        <message>
            <source>Choose…</source>
            <translation>Escolher…</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>Maybe</source>
            <translation>Talvez</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>Choose the stars you gave, or untick “Feedback given” if you have not left it yet.</source>
            <translation>Escolha as estrelas que você deu ou desmarque “Feedback dado” se ainda não o deixou.</translation>
        </message>
        <message>
            <source>Choose the stars they gave you, or untick “Feedback received”.</source>
            <translation>Escolha as estrelas que a pessoa lhe deu ou desmarque “Feedback recebido”.</translation>
        </message>
        <message>
            <source>Choose: {names} — or untick “Write a private review” to skip it.</source>
            <translation>Escolha: {names} — ou desmarque “Escrever uma avaliação privada” para pular.</translation>
        </message>
    </context>
    <context>
        <name>ReviewView</name>
        <message>
            <source>Review</source>
            <translation>Revisão</translation>
        </message>
        <message>
            <source>Cards in the queue by rule</source>
            <translation>Cartões na fila por regra</translation>
        </message>
        <message>
            <source>Why a card is in the queue</source>
            <translation>Por que um cartão está na fila</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Cartões</translation>
        </message>
        <message>
            <source>Start review</source>
            <translation>Iniciar revisão</translation>
        </message>
        <message>
            <source>Go through the cards one at a time (Enter)</source>
            <translation>Passar pelos cartões um de cada vez (Enter)</translation>
        </message>
        <message>
            <source>Rules and thresholds…</source>
            <translation>Regras e limites…</translation>
        </message>
        <message>
            <source>Switch rules on or off and set when they ask (Ctrl+,)</source>
            <translation>Ativar ou desativar regras e definir quando elas perguntam (Ctrl+,)</translation>
        </message>
        <message>
            <source>My record…</source>
            <translation>Meu histórico…</translation>
        </message>
        <message>
            <source>How you are doing as a client: approvals, payments, answers, feedback received, rehiring (Ctrl+Shift+M)</source>
            <translation>Como você está se saindo como cliente: aprovações, pagamentos, respostas, feedback recebido, recontratações (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <source>Past sessions</source>
            <translation>Sessões anteriores</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Fim</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Concluídos</translation>
        </message>
        <message>
            <source>Acted</source>
            <translation>Com ação</translation>
        </message>
        <message>
            <source>Snoozed</source>
            <translation>Adiados</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Dispensados</translation>
        </message>
        <message>
            <source>Double-click a session to see what was decided</source>
            <translation>Clique duas vezes em uma sessão para ver o que foi decidido</translation>
        </message>
        <message>
            <source>Start a review session</source>
            <translation>Iniciar uma sessão de revisão</translation>
        </message>
        <message>
            <source>Show my record as a client</source>
            <translation>Mostrar meu histórico como cliente</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>Encerrar sessão</translation>
        </message>
        <message>
            <source>End now and see what was decided (Esc); undecided cards stay queued</source>
            <translation>Encerrar agora e ver o que foi decidido (Esc); os cartões não decididos continuam na fila</translation>
        </message>
        <message>
            <source>Snooze a day</source>
            <translation>Adiar um dia</translation>
        </message>
        <message>
            <source>Snooze a week</source>
            <translation>Adiar uma semana</translation>
        </message>
        <message>
            <source>Snooze a month</source>
            <translation>Adiar um mês</translation>
        </message>
        <message>
            <source>Snooze until…</source>
            <translation>Adiar até…</translation>
        </message>
        <message>
            <source>Dismiss…</source>
            <translation>Dispensar…</translation>
        </message>
        <message>
            <source>Key {key}</source>
            <translation>Tecla {key}</translation>
        </message>
        <message>
            <source>Keys: 1–4 this card's actions · 5 done · 6, 7, 8 snooze a day, a week, a month · 9 snooze until… · 0 dismiss · Esc end the session</source>
            <translation>Teclas: 1–4 ações deste cartão · 5 concluído · 6, 7, 8 adiar um dia, uma semana, um mês · 9 adiar até… · 0 dispensar · Esc encerrar a sessão</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>A seguir</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrato</translation>
        </message>
        <message>
            <source>Card done</source>
            <translation>Cartão concluído</translation>
        </message>
        <message>
            <source>Snooze the card a day</source>
            <translation>Adiar o cartão por um dia</translation>
        </message>
        <message>
            <source>Snooze the card a week</source>
            <translation>Adiar o cartão por uma semana</translation>
        </message>
        <message>
            <source>Snooze the card a month</source>
            <translation>Adiar o cartão por um mês</translation>
        </message>
        <message>
            <source>Snooze the card until a day</source>
            <translation>Adiar o cartão até um dia</translation>
        </message>
        <message>
            <source>Dismiss the card</source>
            <translation>Dispensar o cartão</translation>
        </message>
        <message>
            <source>Card action {n}</source>
            <translation>Ação do cartão {n}</translation>
        </message>
        <message>
            <source>End the session</source>
            <translation>Encerrar a sessão</translation>
        </message>
        <message>
            <source>Session summary</source>
            <translation>Resumo da sessão</translation>
        </message>
        <message>
            <source>Decisions of this session</source>
            <translation>Decisões desta sessão</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisão</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <source>Back to the queue</source>
            <translation>Voltar à fila</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <source>A PDF of what was decided, for your records</source>
            <translation>Um PDF do que foi decidido, para os seus registros</translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) need a decision.</source>
            <translation>
                <numerusform>%Ln cartão precisa de uma decisão.</numerusform>
                <numerusform>%Ln cartões precisam de uma decisão.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing needs a decision now. Cards appear here as contracts end, hours run up, access stays open or people go quiet.</source>
            <translation>Nada precisa de decisão agora. Os cartões aparecem aqui quando contratos terminam, horas se acumulam, acessos continuam abertos ou pessoas ficam sem contato.</translation>
        </message>
        <message numerus="yes">
            <source>%n more snoozed or dismissed.</source>
            <translation>
                <numerusform>Mais %n adiado ou dispensado.</numerusform>
                <numerusform>Mais %n adiados ou dispensados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Start review (%Ln card(s))</source>
            <translation>
                <numerusform>Iniciar revisão (%Ln cartão)</numerusform>
                <numerusform>Iniciar revisão (%Ln cartões)</numerusform>
            </translation>
        </message>
        <message>
            <source>unfinished</source>
            <translation>não concluída</translation>
        </message>
        <message>
            <source>No sessions yet</source>
            <translation>Nenhuma sessão ainda</translation>
        </message>
        <message>
            <source>Start review session</source>
            <translation>Iniciar sessão de revisão</translation>
        </message>
        <message>
            <source>Card {n} of {total}</source>
            <translation>Cartão {n} de {total}</translation>
        </message>
        <message>
            <source>(no person)</source>
            <translation>(sem pessoa)</translation>
        </message>
        <message>
            <source>Due {date}</source>
            <translation>Vence em {date}</translation>
        </message>
        <message>
            <source>Dismiss this card</source>
            <translation>Dispensar este cartão</translation>
        </message>
        <message>
            <source>Why can it be dismissed? It comes back only if its facts change.</source>
            <translation>Por que pode ser dispensado? O cartão só volta se os fatos mudarem.</translation>
        </message>
        <message>
            <source>Log a raise</source>
            <translation>Registrar aumento</translation>
        </message>
        <message>
            <source>Review decision</source>
            <translation>Decisão da revisão</translation>
        </message>
        <message>
            <source>End review session</source>
            <translation>Encerrar sessão de revisão</translation>
        </message>
        <message numerus="yes">
            <source>%n done</source>
            <translation>
                <numerusform>%n concluído</numerusform>
                <numerusform>%n concluídos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n acted on</source>
            <translation>
                <numerusform>%n com ação</numerusform>
                <numerusform>%n com ação</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n snoozed</source>
            <translation>
                <numerusform>%n adiado</numerusform>
                <numerusform>%n adiados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dismissed</source>
            <translation>
                <numerusform>%n dispensado</numerusform>
                <numerusform>%n dispensados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) still in the queue.</source>
            <translation>
                <numerusform>%Ln cartão ainda na fila.</numerusform>
                <numerusform>%Ln cartões ainda na fila.</numerusform>
            </translation>
        </message>
        <message>
            <source>The queue is empty. Well done.</source>
            <translation>A fila está vazia. Muito bem.</translation>
        </message>
        <message>
            <source>Session of {when}</source>
            <translation>Sessão de {when}</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln dia</numerusform>
                <numerusform>%Ln dias</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScopeActionDialog</name>
        <message>
            <source>Extend or move the end date</source>
            <translation>Estender ou mudar a data de término</translation>
        </message>
        <message>
            <source>Change the weekly limit</source>
            <translation>Alterar o limite semanal</translation>
        </message>
        <message>
            <source>Add a milestone</source>
            <translation>Adicionar uma etapa</translation>
        </message>
        <message>
            <source>Change a milestone</source>
            <translation>Alterar uma etapa</translation>
        </message>
        <message>
            <source>Pay a bonus</source>
            <translation>Pagar um bônus</translation>
        </message>
        <message>
            <source>Change the rate</source>
            <translation>Alterar a taxa</translation>
        </message>
        <message>
            <source>Change the weekly payment</source>
            <translation>Alterar o pagamento semanal</translation>
        </message>
        <message>
            <source>Pause the contract</source>
            <translation>Pausar o contrato</translation>
        </message>
        <message>
            <source>Resume the contract</source>
            <translation>Retomar o contrato</translation>
        </message>
        <message>
            <source>New &amp;rate</source>
            <translation>Nova &amp;taxa</translation>
        </message>
        <message>
            <source>New weekly &amp;payment</source>
            <translation>Novo &amp;pagamento semanal</translation>
        </message>
        <message>
            <source>&amp;Bonus</source>
            <translation>&amp;Bônus</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Valor</translation>
        </message>
        <message>
            <source>Ends now: {v}</source>
            <translation>Término atual: {v}</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>sem data de término</translation>
        </message>
        <message>
            <source>Weekly limit now: {v}</source>
            <translation>Limite semanal atual: {v}</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>ilimitado</translation>
        </message>
        <message>
            <source>Rate now: {v}</source>
            <translation>Taxa atual: {v}</translation>
        </message>
        <message>
            <source>Weekly payment now: {v}</source>
            <translation>Pagamento semanal atual: {v}</translation>
        </message>
        <message>
            <source>This contract has no milestone that is not yet paid.</source>
            <translation>Este contrato não tem nenhuma etapa ainda não paga.</translation>
        </message>
        <message>
            <source>Already scheduled: {changes}</source>
            <translation>Já agendado: {changes}</translation>
        </message>
        <message>
            <source>The change and its reason are written to the scope-change ledger together with the new terms.</source>
            <translation>A alteração e o seu motivo são gravados no registro de alterações de escopo junto com os novos termos.</translation>
        </message>
        <message>
            <source>Scope change</source>
            <translation>Alteração de escopo</translation>
        </message>
        <message>
            <source>&amp;Milestone</source>
            <translation>&amp;Etapa</translation>
        </message>
        <message>
            <source>The milestone whose amount or due date changes, or that is removed</source>
            <translation>A etapa cujo valor ou data de vencimento muda, ou que é removida</translation>
        </message>
        <message>
            <source>New &amp;end date</source>
            <translation>Nova &amp;data de término</translation>
        </message>
        <message>
            <source>New weekly &amp;limit</source>
            <translation>Novo &amp;limite semanal</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Ilimitado</translation>
        </message>
        <message>
            <source>Milestone &amp;title</source>
            <translation>Títul&amp;o da etapa</translation>
        </message>
        <message>
            <source>e.g. Extra landing page</source>
            <translation>Ex.: Página de destino adicional</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>Ve&amp;ncimento</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation>Tem data de vencimento</translation>
        </message>
        <message>
            <source>Take this milestone off the contract; its amount leaves the budget and the ledger records it</source>
            <translation>Retirar esta etapa do contrato; o valor dela sai do orçamento e o registro guarda isso</translation>
        </message>
        <message>
            <source>Re&amp;move this milestone</source>
            <translation>&amp;Remover esta etapa</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;A partir de</translation>
        </message>
        <message>
            <source>The day the new terms take effect: earlier weeks keep the old terms; a later day is scheduled</source>
            <translation>O dia em que os novos termos entram em vigor: as semanas anteriores mantêm os termos antigos; um dia futuro fica agendado</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <source>The reason, in a sentence: it stays in the ledger</source>
            <translation>O motivo, em uma frase: ele fica no registro</translation>
        </message>
        <message>
            <source>Who asked</source>
            <translation>Quem pediu</translation>
        </message>
        <message>
            <source>&amp;I did</source>
            <translation>E&amp;u</translation>
        </message>
        <message>
            <source>&amp;They did</source>
            <translation>A pe&amp;ssoa</translation>
        </message>
        <message>
            <source>A&amp;greed with the talent</source>
            <translation>A&amp;cordado com a pessoa</translation>
        </message>
    </context>
    <context>
        <name>ScopeTab</name>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Alteração</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Depois</translation>
        </message>
        <message>
            <source>Cost delta</source>
            <translation>Diferença de custo</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Pedido por</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Acordado</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Reverse…</source>
            <translation>Reverter…</translation>
        </message>
        <message>
            <source>Correct a change by a reversing row: the terms go back, the history stays (Del)</source>
            <translation>Corrigir uma alteração com uma linha de reversão: os termos voltam, o histórico permanece (Del)</translation>
        </message>
        <message>
            <source>Reverse scope change</source>
            <translation>Reverter alteração de escopo</translation>
        </message>
        <message>
            <source>Reverse “{change}” of {day} ({before} → {after})? A reversing row is added to the ledger.</source>
            <translation>Reverter “{change}” de {day} ({before} → {after})? Uma linha de reversão é adicionada ao registro.</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Reverter</translation>
        </message>
        <message>
            <source>Recorded by mistake</source>
            <translation>Registrado por engano</translation>
        </message>
        <message>
            <source> from {day}</source>
            <translation> a partir de {day}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sim</translation>
        </message>
        <message>
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <source>Original budget {o}; with these changes {c}; over it by {p} %.</source>
            <translation>Orçamento original {o}; com estas alterações {c}; acima dele em {p} %.</translation>
        </message>
        <message>
            <source>Every change to a running agreement is recorded here: use Scope change ▾.</source>
            <translation>Toda alteração em um acordo em andamento é registrada aqui: use Alteração de escopo ▾.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system ({language})</source>
            <translation>Seguir o sistema ({language})</translation>
        </message>
        <message>
            <source>As this computer's region ({currency})</source>
            <translation>Conforme a região deste computador ({currency})</translation>
        </message>
        <message>
            <source>As this computer's region</source>
            <translation>Conforme a região deste computador</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configurações…</translation>
        </message>
        <message>
            <source>Your name, time zone, currency, review rules, backups, appearance, dates, paper</source>
            <translation>Seu nome, fuso horário, moeda, regras de revisão, backups, aparência, datas, papel</translation>
        </message>
        <message>
            <source>Exchange &amp;rate table…</source>
            <translation>Tabela de &amp;taxas de câmbio…</translation>
        </message>
        <message>
            <source>The exchange rates kept per day: add, remove or import them</source>
            <translation>As taxas de câmbio guardadas por dia: adicione, remova ou importe</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configurações</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Geral</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Seu &amp;nome:</translation>
        </message>
        <message>
            <source>Named as the author of your PDF summaries</source>
            <translation>Aparece como autor dos seus resumos em PDF</translation>
        </message>
        <message>
            <source>My &amp;time zone:</source>
            <translation>Meu &amp;fuso horário:</translation>
        </message>
        <message>
            <source>An IANA time zone such as Europe/Berlin; used to show the overlap of working hours</source>
            <translation>Um fuso horário IANA, como America/Sao_Paulo; usado para mostrar a sobreposição dos horários de trabalho</translation>
        </message>
        <message>
            <source>My &amp;working hours:</source>
            <translation>Meu &amp;horário de trabalho:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>até</translation>
        </message>
        <message>
            <source>End of my working day</source>
            <translation>Fim do meu dia de trabalho</translation>
        </message>
        <message>
            <source>Default &amp;currency:</source>
            <translation>&amp;Moeda padrão:</translation>
        </message>
        <message>
            <source>The ISO 4217 code new contracts and rates start with</source>
            <translation>O código ISO 4217 usado inicialmente em novos contratos e taxas</translation>
        </message>
        <message>
            <source>&amp;Bonus allowed until:</source>
            <translation>&amp;Bônus permitido até:</translation>
        </message>
        <message>
            <source> days after a contract ends</source>
            <translation> dias após o fim do contrato</translation>
        </message>
        <message>
            <source>How long after its end a contract still takes a bonus (Upwork allows 365 days)</source>
            <translation>Por quanto tempo após o fim um contrato ainda aceita bônus (o Upwork permite 365 dias)</translation>
        </message>
        <message>
            <source>Home c&amp;urrency:</source>
            <translation>Mo&amp;eda principal:</translation>
        </message>
        <message>
            <source>Totals across currencies (the bench, the dossier, the yearly spend, the tax year) are given in this currency, each payment at the rate of its date</source>
            <translation>Os totais em várias moedas (o banco de talentos, o dossiê, os gastos anuais, o ano fiscal) são dados nesta moeda, cada pagamento pela taxa da sua data</translation>
        </message>
        <message>
            <source>Oldest rate &amp;allowed:</source>
            <translation>Ta&amp;xa mais antiga aceita:</translation>
        </message>
        <message>
            <source> days before the payment</source>
            <translation> dias antes do pagamento</translation>
        </message>
        <message>
            <source>A payment on a weekend or holiday takes the rate of the nearest earlier day; a rate older than this counts as no rate</source>
            <translation>Um pagamento em fim de semana ou feriado usa a taxa do dia anterior mais próximo; uma taxa mais antiga que isso conta como sem taxa</translation>
        </message>
        <message>
            <source>Tax &amp;year starts:</source>
            <translation>Início do an&amp;o fiscal:</translation>
        </message>
        <message>
            <source>Month the tax year starts</source>
            <translation>Mês em que o ano fiscal começa</translation>
        </message>
        <message>
            <source>1 January: the calendar year; the United Kingdom's tax year starts on 6 April</source>
            <translation>1º de janeiro: o ano civil; o ano fiscal do Reino Unido começa em 6 de abril</translation>
        </message>
        <message>
            <source>Day the tax year starts</source>
            <translation>Dia em que o ano fiscal começa</translation>
        </message>
        <message>
            <source>Review rules</source>
            <translation>Regras de revisão</translation>
        </message>
        <message>
            <source>Each rule puts cards in the review queue. Switch off what you do not need and set when each one asks.</source>
            <translation>Cada regra coloca cartões na fila de revisão. Desative o que não for necessário e defina quando cada uma pergunta.</translation>
        </message>
        <message>
            <source>Files and backups</source>
            <translation>Arquivos e backups</translation>
        </message>
        <message>
            <source>Largest file to &amp;store:</source>
            <translation>Maior arquivo a &amp;armazenar:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Files shared in a workroom above this size are refused</source>
            <translation>Arquivos compartilhados em uma sala de trabalho acima deste tamanho são recusados</translation>
        </message>
        <message>
            <source>Keep &amp;daily backups for:</source>
            <translation>Manter backups &amp;diários por:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dias</translation>
        </message>
        <message>
            <source>Keep &amp;monthly backups for:</source>
            <translation>Manter backups mensai&amp;s por:</translation>
        </message>
        <message>
            <source> months</source>
            <translation> meses</translation>
        </message>
        <message>
            <source>Appearance and documents</source>
            <translation>Aparência e documentos</translation>
        </message>
        <message>
            <source>Colour sc&amp;heme:</source>
            <translation>Esquema de &amp;cores:</translation>
        </message>
        <message>
            <source>Light or dark, or follow the system; applied at once and at every start on this computer</source>
            <translation>Claro ou escuro, ou seguir o sistema; aplicado na hora e a cada inicialização neste computador</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>The language of the window, the PDFs and the command line on this computer, and the form of its dates and numbers</source>
            <translation>O idioma da janela, dos PDFs e da linha de comando neste computador, e o formato das datas e dos números</translation>
        </message>
        <message>
            <source>A new language takes effect the next time TalentDesk starts.</source>
            <translation>Um novo idioma entra em vigor na próxima vez que o TalentDesk for iniciado.</translation>
        </message>
        <message>
            <source>Date f&amp;ormat:</source>
            <translation>Fo&amp;rmato de data:</translation>
        </message>
        <message>
            <source>How dates read in tables, date fields, charts and PDFs; CSV files always use ISO dates (2026-11-30)</source>
            <translation>Como as datas aparecem em tabelas, campos de data, gráficos e PDFs; os arquivos CSV sempre usam datas ISO (2026-11-30)</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>Tamanho do &amp;papel:</translation>
        </message>
        <message>
            <source>The page size of the PDF summaries</source>
            <translation>O tamanho de página dos resumos em PDF</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation>Em todo lugar</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atalhos de teclado</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>Em todo lugar</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>Snooze until…</source>
            <translation>Adiar até…</translation>
        </message>
        <message>
            <source>Bring this card back on:</source>
            <translation>Trazer este cartão de volta em:</translation>
        </message>
    </context>
    <context>
        <name>TalentDialog</name>
        <message>
            <source>overlaps my day by {hours}</source>
            <translation>coincide com o meu dia por {hours}</translation>
        </message>
        <message>
            <source>New talent</source>
            <translation>Novo talento</translation>
        </message>
        <message>
            <source>Edit talent</source>
            <translation>Editar talento</translation>
        </message>
        <message>
            <source>Active and On bench follow the contracts: the bench shows Active while a contract runs and On bench otherwise. Trial, Do not rehire and Archived stay as you set them.</source>
            <translation>Ativo e No banco seguem os contratos: o banco de talentos mostra Ativo enquanto um contrato está em andamento e No banco caso contrário. Em teste, Não recontratar e Arquivado ficam como você definir.</translation>
        </message>
        <message>
            <source>Discard this new talent?</source>
            <translation>Descartar este novo talento?</translation>
        </message>
        <message>
            <source>Discard your changes to {name}?</source>
            <translation>Descartar suas alterações em {name}?</translation>
        </message>
        <message>
            <source>choose a zone from the list</source>
            <translation>escolha um fuso na lista</translation>
        </message>
        <message>
            <source>{time} there now</source>
            <translation>agora {time} lá</translation>
        </message>
        <message>
            <source>Required: why they should not be rehired</source>
            <translation>Obrigatório: por que a pessoa não deve ser recontratada</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <source>1 basic · 3 solid · 5 expert</source>
            <translation>1 básico · 3 sólido · 5 especialista</translation>
        </message>
        <message>
            <source>New: saved with the person</source>
            <translation>Nova: salva com a pessoa</translation>
        </message>
        <message>
            <source>Saved rates stay: add a newer rate instead.</source>
            <translation>As taxas salvas permanecem: em vez disso, adicione uma taxa mais recente.</translation>
        </message>
        <message>
            <source>Add talent</source>
            <translation>Adicionar talento</translation>
        </message>
        <message>
            <source>Talent</source>
            <translation>Talento</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>&amp;Perfil</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nome completo</translation>
        </message>
        <message>
            <source>&amp;Headline:</source>
            <translation>Tít&amp;ulo:</translation>
        </message>
        <message>
            <source>What they do, in a line (e.g. Django backend developer)</source>
            <translation>O que a pessoa faz, em uma linha (ex.: desenvolvedor backend Django)</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Localização:</translation>
        </message>
        <message>
            <source>City, country</source>
            <translation>Cidade, país</translation>
        </message>
        <message>
            <source>Lan&amp;guages:</source>
            <translation>&amp;Idiomas:</translation>
        </message>
        <message>
            <source>English, Portuguese</source>
            <translation>Inglês, português</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>Fu&amp;so horário:</translation>
        </message>
        <message>
            <source>Type part of a city or region to search the IANA time zones</source>
            <translation>Digite parte do nome de uma cidade ou região para pesquisar os fusos horários IANA</translation>
        </message>
        <message>
            <source>&amp;Working hours:</source>
            <translation>Horário de trab&amp;alho:</translation>
        </message>
        <message>
            <source>When their working day starts, in their time zone</source>
            <translation>Quando o dia de trabalho da pessoa começa, no fuso horário dela</translation>
        </message>
        <message>
            <source>End of their working day</source>
            <translation>Fim do dia de trabalho da pessoa</translation>
        </message>
        <message>
            <source>When their working day ends; before the start means it runs past midnight</source>
            <translation>Quando o dia de trabalho da pessoa termina; antes do início significa que passa da meia-noite</translation>
        </message>
        <message>
            <source>&amp;Preferred channel:</source>
            <translation>Canal pr&amp;eferido:</translation>
        </message>
        <message>
            <source>&amp;Replies within:</source>
            <translation>&amp;Responde em até:</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>não definido</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>How long they usually take to answer</source>
            <translation>Quanto tempo a pessoa costuma levar para responder</translation>
        </message>
        <message>
            <source>&amp;Stay in touch every:</source>
            <translation>&amp;Manter contato a cada:</translation>
        </message>
        <message>
            <source>no reminder</source>
            <translation>sem lembrete</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dias</translation>
        </message>
        <message>
            <source>The review queue reminds you when you have not been in touch for this long</source>
            <translation>A fila de revisão avisa quando você passar esse tempo sem contato</translation>
        </message>
        <message>
            <source>&amp;Bench status:</source>
            <translation>Situação no &amp;banco:</translation>
        </message>
        <message>
            <source>Rea&amp;son:</source>
            <translation>Moti&amp;vo:</translation>
        </message>
        <message>
            <source>Why (needed for do-not-rehire)</source>
            <translation>Por quê (obrigatório para Não recontratar)</translation>
        </message>
        <message>
            <source>&amp;Favourite</source>
            <translation>&amp;Favorito</translation>
        </message>
        <message>
            <source>&amp;Available for new work</source>
            <translation>&amp;Disponível para novos trabalhos</translation>
        </message>
        <message>
            <source>&amp;Contact</source>
            <translation>&amp;Contato</translation>
        </message>
        <message>
            <source>Contact channels</source>
            <translation>Canais de contato</translation>
        </message>
        <message>
            <source>Double-click a cell to edit it</source>
            <translation>Clique duas vezes em uma célula para editá-la</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Address or number</source>
            <translation>Endereço ou número</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Rótulo</translation>
        </message>
        <message>
            <source>Preferred</source>
            <translation>Preferido</translation>
        </message>
        <message>
            <source>Add &amp;channel</source>
            <translation>&amp;Adicionar canal</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Profile links</source>
            <translation>Links de perfil</translation>
        </message>
        <message>
            <source>Marketplace profile, portfolio, code host…</source>
            <translation>Perfil no marketplace, portfólio, hospedagem de código…</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Endereço web</translation>
        </message>
        <message>
            <source>Add &amp;link</source>
            <translation>Adicionar lin&amp;k</translation>
        </message>
        <message>
            <source>S&amp;kills</source>
            <translation>&amp;Habilidades</translation>
        </message>
        <message>
            <source>Add a skill (existing skills are suggested)</source>
            <translation>Adicione uma habilidade (as existentes são sugeridas)</translation>
        </message>
        <message>
            <source>Level from 1 (basic) to 5 (expert)</source>
            <translation>Nível de 1 (básico) a 5 (especialista)</translation>
        </message>
        <message>
            <source>&amp;Add skill</source>
            <translation>&amp;Adicionar habilidade</translation>
        </message>
        <message>
            <source>Double-click a level to change it</source>
            <translation>Clique duas vezes em um nível para alterá-lo</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Habilidade</translation>
        </message>
        <message>
            <source>Level (1–5)</source>
            <translation>Nível (1–5)</translation>
        </message>
        <message>
            <source>Remove skill</source>
            <translation>Remover habilidade</translation>
        </message>
        <message>
            <source>&amp;Rates</source>
            <translation>&amp;Taxas</translation>
        </message>
        <message>
            <source>A new rate is a new effective-dated row: contracts already agreed keep their own rates.</source>
            <translation>Uma nova taxa é uma nova linha com data de vigência: os contratos já acordados mantêm suas próprias taxas.</translation>
        </message>
        <message>
            <source>Effective from</source>
            <translation>Vigente a partir de</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Taxa</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrato</translation>
        </message>
        <message>
            <source>New rate</source>
            <translation>Nova taxa</translation>
        </message>
        <message>
            <source>From when the new rate applies</source>
            <translation>A partir de quando a nova taxa vale</translation>
        </message>
        <message>
            <source>Amount per hour, e.g. 55.00</source>
            <translation>Valor por hora, ex.: 55.00</translation>
        </message>
        <message>
            <source>Note (e.g. yearly revisit)</source>
            <translation>Observação (ex.: revisão anual)</translation>
        </message>
        <message>
            <source>Add &amp;rate</source>
            <translation>Adicionar ta&amp;xa</translation>
        </message>
        <message>
            <source>Remove new rate</source>
            <translation>Remover nova taxa</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <source>What they are great at, how they like to work, what to remember next time…</source>
            <translation>No que a pessoa se destaca, como gosta de trabalhar, o que lembrar da próxima vez…</translation>
        </message>
    </context>
    <context>
        <name>TermsHeader</name>
        <message>
            <source>Open this person on the bench</source>
            <translation>Abrir esta pessoa no banco de talentos</translation>
        </message>
        <message>
            <source>Test project</source>
            <translation>Projeto de teste</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Taxa</translation>
        </message>
        <message>
            <source>Weekly limit</source>
            <translation>Limite semanal</translation>
        </message>
        <message>
            <source>Weekly payment</source>
            <translation>Pagamento semanal</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Datas</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Orçamento</translation>
        </message>
        <message>
            <source>Hours logged this week against the weekly limit</source>
            <translation>Horas registradas nesta semana em relação ao limite semanal</translation>
        </message>
        <message>
            <source>Scope of work</source>
            <translation>Escopo do trabalho</translation>
        </message>
        <message>
            <source>The scope of work as agreed</source>
            <translation>O escopo do trabalho conforme acordado</translation>
        </message>
        <message>
            <source>Agreed through a scope change; the current terms hold until that day</source>
            <translation>Acordado por meio de uma alteração de escopo; os termos atuais valem até esse dia</translation>
        </message>
        <message>
            <source>Hours logged against the hours the weekly payment buys at the hourly equivalent; the last 4 and 12 weeks are whole weeks before this one</source>
            <translation>Horas registradas em relação às horas que o pagamento semanal compra pelo equivalente por hora; as últimas 4 e 12 semanas são semanas completas anteriores a esta</translation>
        </message>
        <message>
            <source>with {name}</source>
            <translation>com {name}</translation>
        </message>
        <message>
            <source>Test project: hire</source>
            <translation>Projeto de teste: contratar</translation>
        </message>
        <message>
            <source>Test project: not a fit</source>
            <translation>Projeto de teste: não se encaixa</translation>
        </message>
        <message>
            <source>{rate} / h</source>
            <translation>{rate} / h</translation>
        </message>
        <message>
            <source>{rate} / h equiv.</source>
            <translation>{rate} / h equiv.</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Ilimitado</translation>
        </message>
        <message>
            <source>Scheduled: {changes}</source>
            <translation>Agendado: {changes}</translation>
        </message>
        <message>
            <source>Original budget {original}; with scope changes {current}; {paid_label} so far {spent}</source>
            <translation>Orçamento original {original}; com alterações de escopo {current}; {paid_label} até agora {spent}</translation>
        </message>
        <message>
            <source>No original budget to compare with: set one with Edit terms while a draft</source>
            <translation>Não há orçamento original para comparar: defina um em Editar termos enquanto for rascunho</translation>
        </message>
        <message>
            <source>Over budget by {amount} ({n} %)</source>
            <translation>Acima do orçamento em {amount} ({n} %)</translation>
        </message>
        <message>
            <source>Paid beyond the original budget</source>
            <translation>Pago além do orçamento original</translation>
        </message>
        <message>
            <source>The larger of the agreed scope changes and the money paid, beyond the original budget</source>
            <translation>O maior valor entre as alterações de escopo acordadas e o dinheiro pago, além do orçamento original</translation>
        </message>
        <message>
            <source>this week {done} of {limit}, {over} over</source>
            <translation>esta semana {done} de {limit}, {over} a mais</translation>
        </message>
        <message>
            <source>this week {done} of {limit}</source>
            <translation>esta semana {done} de {limit}</translation>
        </message>
        <message>
            <source>this week {done}</source>
            <translation>esta semana {done}</translation>
        </message>
        <message>
            <source>Over the weekly limit by {n}: usually paid as a bonus</source>
            <translation>Acima do limite semanal em {n}: geralmente pago como bônus</translation>
        </message>
        <message>
            <source>No written scope of work yet.</source>
            <translation>Nenhum escopo de trabalho por escrito ainda.</translation>
        </message>
        <message>
            <source>Engagement: </source>
            <translation>Vínculo: </translation>
        </message>
        <message>
            <source>{n} %</source>
            <translation>{n} %</translation>
        </message>
        <message>
            <source>{used} of {bought}</source>
            <translation>{used} de {bought}</translation>
        </message>
        <message>
            <source>this week {used} ({share})</source>
            <translation>esta semana {used} ({share})</translation>
        </message>
        <message numerus="yes">
            <source>last %n week(s) {used} ({share})</source>
            <translation>
                <numerusform>última semana {used} ({share})</numerusform>
                <numerusform>últimas %n semanas {used} ({share})</numerusform>
            </translation>
        </message>
        <message>
            <source>Retainer used: </source>
            <translation>Retainer usado: </translation>
        </message>
        <message numerus="yes">
            <source>{first} – {last} (%n day(s))</source>
            <translation>
                <numerusform>{first} – {last} (%n dia)</numerusform>
                <numerusform>{first} – {last} (%n dias)</numerusform>
            </translation>
        </message>
        <message>
            <source>not started</source>
            <translation>não iniciado</translation>
        </message>
        <message numerus="yes">
            <source>%n review(s), average {avg}</source>
            <translation>
                <numerusform>%n avaliação, média {avg}</numerusform>
                <numerusform>%n avaliações, média {avg}</numerusform>
            </translation>
        </message>
        <message>
            <source>no reviews yet</source>
            <translation>nenhuma avaliação ainda</translation>
        </message>
        <message numerus="yes">
            <source>%n contract(s) · {span} · {paid} paid · {reviews}</source>
            <translation>
                <numerusform>%n contrato · {span} · {paid} pagos · {reviews}</numerusform>
                <numerusform>%n contratos · {span} · {paid} pagos · {reviews}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>end date</source>
            <translation>data de término</translation>
        </message>
        <message>
            <source>weekly limit</source>
            <translation>limite semanal</translation>
        </message>
        <message>
            <source>milestone added</source>
            <translation>etapa adicionada</translation>
        </message>
        <message>
            <source>milestone edited</source>
            <translation>etapa editada</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>bônus</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>taxa</translation>
        </message>
        <message>
            <source>weekly payment</source>
            <translation>pagamento semanal</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>pausado</translation>
        </message>
        <message>
            <source>resumed</source>
            <translation>retomado</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrato</translation>
        </message>
        <message>
            <source>Score / amount</source>
            <translation>Nota / valor</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>Any score</source>
            <translation>Qualquer nota</translation>
        </message>
        <message>
            <source>Reviews of 1</source>
            <translation>Avaliações nota 1</translation>
        </message>
        <message>
            <source>Reviews of 2 or less</source>
            <translation>Avaliações nota 2 ou menos</translation>
        </message>
        <message>
            <source>Reviews of 3 or less</source>
            <translation>Avaliações nota 3 ou menos</translation>
        </message>
        <message>
            <source>Reviews of 4 or more</source>
            <translation>Avaliações nota 4 ou mais</translation>
        </message>
        <message>
            <source>Reviews of 5</source>
            <translation>Avaliações nota 5</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Qualquer período</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Últimos 30 dias</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Últimos 90 dias</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Este ano</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Período personalizado</translation>
        </message>
        <message>
            <source>Search the timeline</source>
            <translation>Pesquisar na linha do tempo</translation>
        </message>
        <message>
            <source>Search the events' text…</source>
            <translation>Pesquisar no texto dos eventos…</translation>
        </message>
        <message>
            <source>Show only some kinds of event</source>
            <translation>Mostrar somente alguns tipos de evento</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos os tipos</translation>
        </message>
        <message>
            <source>Show events in a period</source>
            <translation>Mostrar eventos de um período</translation>
        </message>
        <message>
            <source>Only reviews and feedback with these scores</source>
            <translation>Somente avaliações e feedback com estas notas</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Limpar filtros</translation>
        </message>
        <message>
            <source>Say thanks…</source>
            <translation>Agradecer…</translation>
        </message>
        <message>
            <source>Record praise, a testimonial, a referral or a thank-you bonus (Ctrl+Shift+T)</source>
            <translation>Registrar um elogio, um depoimento, uma indicação ou um bônus de agradecimento (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <source>Check-in…</source>
            <translation>Acompanhamento…</translation>
        </message>
        <message>
            <source>A private mid-contract review of the selected person (Ctrl+Shift+K)</source>
            <translation>Uma avaliação privada no meio do contrato da pessoa selecionada (Ctrl+Shift+K)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>Save the events the filters show as a CSV file</source>
            <translation>Salvar como arquivo CSV os eventos que os filtros mostram</translation>
        </message>
        <message>
            <source>Say thanks</source>
            <translation>Agradecer</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Acompanhamento</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message numerus="yes">
            <source>%n kind(s)</source>
            <translation>
                <numerusform>%n tipo</numerusform>
                <numerusform>%n tipos</numerusform>
            </translation>
        </message>
        <message>
            <source>Everyone: average review score and reviews per month</source>
            <translation>Todos: nota média das avaliações e avaliações por mês</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people: average review score and reviews per month</source>
            <translation>
                <numerusform>%Ln pessoa: nota média das avaliações e avaliações por mês</numerusform>
                <numerusform>%Ln pessoas: nota média das avaliações e avaliações por mês</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s), newest first</source>
            <translation>
                <numerusform>%Ln evento, mais recentes primeiro</numerusform>
                <numerusform>%Ln eventos, mais recentes primeiro</numerusform>
            </translation>
        </message>
        <message>
            <source>No events match these filters. Clear a filter to see more.</source>
            <translation>Nenhum evento corresponde a estes filtros. Limpe um filtro para ver mais.</translation>
        </message>
        <message>
            <source>Nothing on the timeline yet. Start a contract, write a review or say thanks, and it appears here.</source>
            <translation>Nada na linha do tempo ainda. Inicie um contrato, escreva uma avaliação ou agradeça a alguém, e isso aparecerá aqui.</translation>
        </message>
        <message>
            <source>a review of 5</source>
            <translation>uma avaliação nota 5</translation>
        </message>
        <message>
            <source>milestone “{title}” approved</source>
            <translation>etapa “{title}” aprovada</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: {why} on {day} ({contract}), no thanks since. &lt;a href='{index}'&gt;Say thanks&lt;/a&gt;</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: {why} em {day} ({contract}), sem agradecimento desde então. &lt;a href='{index}'&gt;Agradecer&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Open {name}</source>
            <translation>Abrir {name}</translation>
        </message>
        <message>
            <source>Open contract “{title}”</source>
            <translation>Abrir o contrato “{title}”</translation>
        </message>
        <message>
            <source>Show only {name}</source>
            <translation>Mostrar somente {name}</translation>
        </message>
        <message>
            <source>Say thanks to {name}…</source>
            <translation>Agradecer a {name}…</translation>
        </message>
        <message>
            <source>Edit this {kind}…</source>
            <translation>Editar {kind}…</translation>
        </message>
        <message>
            <source>Remove this {kind}…</source>
            <translation>Remover {kind}…</translation>
        </message>
        <message>
            <source>Copy text</source>
            <translation>Copiar texto</translation>
        </message>
        <message>
            <source>the {kind} of {day} for {name}</source>
            <translation>{kind} de {day} ({name})</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Remove {what}?</source>
            <translation>Remover {what}?</translation>
        </message>
        <message>
            <source>Remove {kind}</source>
            <translation>Remover {kind}</translation>
        </message>
        <message>
            <source>Removed {what}</source>
            <translation>Removido: {what}</translation>
        </message>
        <message>
            <source>Export the timeline</source>
            <translation>Exportar a linha do tempo</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Arquivos CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s) exported to {path}</source>
            <translation>
                <numerusform>%Ln evento exportado para {path}</numerusform>
                <numerusform>%Ln eventos exportados para {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting the timeline…</source>
            <translation>Exportando a linha do tempo…</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Skills</source>
            <translation>Habilidades</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualidade</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Disponibilidade</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Prazos</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Comunicação</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>Cooperação</translation>
        </message>
    </context>
    <context>
        <name>UpworkImportDialog</name>
        <message>
            <source>People in the file</source>
            <translation>Pessoas no arquivo</translation>
        </message>
        <message>
            <source>Names that match someone on the bench exactly are used as they are.</source>
            <translation>Nomes que correspondem exatamente a alguém do banco de talentos são usados como estão.</translation>
        </message>
        <message>
            <source>Name in the file</source>
            <translation>Nome no arquivo</translation>
        </message>
        <message>
            <source>On the bench</source>
            <translation>No banco de talentos</translation>
        </message>
        <message>
            <source>A weekly summary does not name the person: choose who these contracts are with</source>
            <translation>Um resumo semanal não indica a pessoa: escolha com quem são estes contratos</translation>
        </message>
        <message>
            <source>Contracts are with:</source>
            <translation>Os contratos são com:</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lendo o arquivo…</translation>
        </message>
        <message>
            <source>Add as a new person</source>
            <translation>Adicionar como nova pessoa</translation>
        </message>
        <message>
            <source>A close match: check it is the same person</source>
            <translation>Correspondência aproximada: confira se é a mesma pessoa</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) ({layout})</source>
            <translation>
                <numerusform>%Ln linha ({layout})</numerusform>
                <numerusform>%Ln linhas ({layout})</numerusform>
            </translation>
        </message>
        <message>
            <source>{rows}; {exact}, {close}, {missing}. Choose who each name is:</source>
            <translation>{rows}; {exact}, {close}, {missing}. Escolha quem é cada nome:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln name(s) match exactly</source>
            <translation>
                <numerusform>%Ln nome corresponde exatamente</numerusform>
                <numerusform>%Ln nomes correspondem exatamente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln closely</source>
            <translation>
                <numerusform>%Ln aproximadamente</numerusform>
                <numerusform>%Ln aproximadamente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln are new</source>
            <translation>
                <numerusform>%Ln é novo</numerusform>
                <numerusform>%Ln são novos</numerusform>
            </translation>
        </message>
        <message>
            <source>{rows}; every name matches someone on the bench.</source>
            <translation>{rows}; todos os nomes correspondem a alguém do banco de talentos.</translation>
        </message>
        <message>
            <source>(add someone to the bench first)</source>
            <translation>(adicione alguém ao banco de talentos primeiro)</translation>
        </message>
        <message>
            <source>Check the names, then preview.</source>
            <translation>Confira os nomes e depois pré-visualize.</translation>
        </message>
    </context>
    <context>
        <name>VCardImportDialog</name>
        <message>
            <source>People are matched by their vCard UID, then by e-mail: a match is updated, never duplicated.</source>
            <translation>As pessoas são identificadas pelo UID do vCard e depois pelo e-mail: uma correspondência é atualizada, nunca duplicada.</translation>
        </message>
    </context>
    <context>
        <name>WeekChart</name>
        <message>
            <source>No hours logged yet.</source>
            <translation>Nenhuma hora registrada ainda.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Creating demo data…</source>
            <translation>Criando dados de demonstração…</translation>
        </message>
        <message>
            <source>Welcome to TalentDesk</source>
            <translation>Boas-vindas ao TalentDesk</translation>
        </message>
        <message>
            <source>Keep the people you hire for years: a bench to rehire from, a workroom for every contract, a timeline of feedback and praise, and review sessions that tell you what needs a decision. Everything stays on this computer.</source>
            <translation>Mantenha por anos as pessoas que você contrata: um banco de talentos para recontratar, uma sala de trabalho para cada contrato, uma linha do tempo de feedback e elogios, e sessões de revisão que mostram o que precisa de uma decisão. Tudo fica neste computador.</translation>
        </message>
        <message>
            <source>How would you like to start?</source>
            <translation>Como você gostaria de começar?</translation>
        </message>
        <message>
            <source>Explore with demo data</source>
            <translation>Explorar com dados de demonstração</translation>
        </message>
        <message>
            <source>Fill this data folder with about 40 made-up people and their contracts to try every screen</source>
            <translation>Preencher esta pasta de dados com cerca de 40 pessoas fictícias e seus contratos para experimentar todas as telas</translation>
        </message>
        <message>
            <source>Import my history…</source>
            <translation>Importar meu histórico…</translation>
        </message>
        <message>
            <source>Bring in a marketplace transaction history (CSV) or an address book (vCard)</source>
            <translation>Trazer um histórico de transações de marketplace (CSV) ou um catálogo de endereços (vCard)</translation>
        </message>
        <message>
            <source>Start with an empty bench</source>
            <translation>Começar com um banco de talentos vazio</translation>
        </message>
        <message>
            <source>Add people yourself with File › New talent (Ctrl+N)</source>
            <translation>Adicione as pessoas manualmente em Arquivo › Novo talento (Ctrl+N)</translation>
        </message>
    </context>
    <context>
        <name>WorkroomView</name>
        <message>
            <source>Mark offered</source>
            <translation>Marcar como oferecido</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Ativar</translation>
        </message>
        <message>
            <source>Back to draft</source>
            <translation>Voltar para rascunho</translation>
        </message>
        <message>
            <source>Extend end date…</source>
            <translation>Estender data de término…</translation>
        </message>
        <message>
            <source>Change weekly limit…</source>
            <translation>Alterar limite semanal…</translation>
        </message>
        <message>
            <source>Add milestone…</source>
            <translation>Adicionar etapa…</translation>
        </message>
        <message>
            <source>Change milestone…</source>
            <translation>Alterar etapa…</translation>
        </message>
        <message>
            <source>Pay bonus…</source>
            <translation>Pagar bônus…</translation>
        </message>
        <message>
            <source>Change rate…</source>
            <translation>Alterar taxa…</translation>
        </message>
        <message>
            <source>Change weekly payment…</source>
            <translation>Alterar pagamento semanal…</translation>
        </message>
        <message>
            <source>Pause…</source>
            <translation>Pausar…</translation>
        </message>
        <message>
            <source>Resume…</source>
            <translation>Retomar…</translation>
        </message>
        <message>
            <source>Scope change</source>
            <translation>Alteração de escopo</translation>
        </message>
        <message>
            <source>Change the running agreement; the ledger records why</source>
            <translation>Alterar o acordo em andamento; o registro guarda o motivo</translation>
        </message>
        <message>
            <source>Edit terms…</source>
            <translation>Editar termos…</translation>
        </message>
        <message>
            <source>Terms of a draft or offer can be edited freely</source>
            <translation>Os termos de um rascunho ou oferta podem ser editados livremente</translation>
        </message>
        <message>
            <source>End contract…</source>
            <translation>Encerrar contrato…</translation>
        </message>
        <message>
            <source>Feedback, private review and the offboarding checklist (Ctrl+Shift+E)</source>
            <translation>Feedback, avaliação privada e a lista de desligamento (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <source>Renew…</source>
            <translation>Renovar…</translation>
        </message>
        <message>
            <source>Start a new contract that continues this one (Ctrl+Shift+R)</source>
            <translation>Iniciar um novo contrato que continua este (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Check-in…</source>
            <translation>Acompanhamento…</translation>
        </message>
        <message>
            <source>A mid-contract private review, so the trend has points before the end</source>
            <translation>Uma avaliação privada no meio do contrato, para que a tendência tenha pontos antes do fim</translation>
        </message>
        <message>
            <source>Say thanks…</source>
            <translation>Agradecer…</translation>
        </message>
        <message>
            <source>Record specific praise, a testimonial, a referral or a thank-you bonus</source>
            <translation>Registrar um elogio específico, um depoimento, uma indicação ou um bônus de agradecimento</translation>
        </message>
        <message>
            <source>Classify…</source>
            <translation>Classificar…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <source>A summary of this contract to print or send</source>
            <translation>Um resumo deste contrato para imprimir ou enviar</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Mensagens</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Arquivos</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Etapas</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Pagamentos</translation>
        </message>
        <message>
            <source>Scope changes</source>
            <translation>Alterações de escopo</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Acesso</translation>
        </message>
        <message>
            <source>Choose a contract on the left to open its room,
or start one with File ▸ New contract (Ctrl+Shift+N).</source>
            <translation>Escolha um contrato à esquerda para abrir a sala,
ou inicie um em Arquivo ▸ Novo contrato (Ctrl+Shift+N).</translation>
        </message>
        <message>
            <source>Find a contract</source>
            <translation>Localizar um contrato</translation>
        </message>
        <message>
            <source>Find in all messages</source>
            <translation>Localizar em todas as mensagens</translation>
        </message>
        <message>
            <source>End contract</source>
            <translation>Encerrar contrato</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>Renovar</translation>
        </message>
        <message>
            <source>Messages ({n})</source>
            <translation>Mensagens ({n})</translation>
        </message>
        <message>
            <source>Files ({n})</source>
            <translation>Arquivos ({n})</translation>
        </message>
        <message>
            <source>Milestones ({n})</source>
            <translation>Etapas ({n})</translation>
        </message>
        <message>
            <source>Scope changes ({n})</source>
            <translation>Alterações de escopo ({n})</translation>
        </message>
        <message>
            <source>Access ({n} open)</source>
            <translation>Acessos ({n} em aberto)</translation>
        </message>
        <message>
            <source>A bonus payment and its row in the scope ledger</source>
            <translation>Um pagamento de bônus e sua linha no registro de escopo</translation>
        </message>
        <message>
            <source>low</source>
            <translation>baixo</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>médio</translation>
        </message>
        <message>
            <source>high</source>
            <translation>alto</translation>
        </message>
        <message>
            <source>Risk: {risk}…</source>
            <translation>Risco: {risk}…</translation>
        </message>
        <message numerus="yes">
            <source>Classification check: last done on {day}, %n point(s) of risk. Check again when something changes.</source>
            <translation>
                <numerusform>Verificação de classificação: feita pela última vez em {day}, %n ponto de risco. Verifique novamente quando algo mudar.</numerusform>
                <numerusform>Verificação de classificação: feita pela última vez em {day}, %n pontos de risco. Verifique novamente quando algo mudar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Classification check: does this contractor look like an employee? Never done for this contract.</source>
            <translation>Verificação de classificação: este prestador parece um empregado? Nunca feita para este contrato.</translation>
        </message>
        <message>
            <source>Change contract status</source>
            <translation>Alterar a situação do contrato</translation>
        </message>
        <message>
            <source>Contract set to {status}</source>
            <translation>Contrato definido como {status}</translation>
        </message>
    </context>
    <context>
        <name>WriteReviewWizard</name>
        <message>
            <source>Write the review: {title}</source>
            <translation>Escrever a avaliação: {title}</translation>
        </message>
        <message>
            <source>Feedback given (already recorded)</source>
            <translation>Feedback dado (já registrado)</translation>
        </message>
        <message>
            <source>Feedback received (already recorded)</source>
            <translation>Feedback recebido (já registrado)</translation>
        </message>
        <message>
            <source>Private review (already written)</source>
            <translation>Avaliação privada (já escrita)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
    </context>
    <context>
        <name>box</name>
        <message>
            <source>&amp;Licences…</source>
            <translation>&amp;Licenças…</translation>
        </message>
        <message>
            <source>The licences of TalentDesk and of everything it includes</source>
            <translation>As licenças do TalentDesk e de tudo o que ele inclui</translation>
        </message>
    </context>
    <context>
        <name>classification</name>
        <message>
            <source>This check is guidance to help you spot risk, not legal advice. The rules differ by country; ask a lawyer or an accountant where you and the contractor live.</source>
            <translation>Esta verificação é uma orientação para ajudar você a identificar riscos, não uma consultoria jurídica. As regras variam de um país para outro; consulte um advogado ou um contador no local onde você e o profissional moram.</translation>
        </message>
        <message>
            <source>You set their working hours.</source>
            <translation>Você define o horário de trabalho da pessoa.</translation>
        </message>
        <message>
            <source>Agree on outcomes and deadlines; let them choose when they work.</source>
            <translation>Combine resultados e prazos; deixe a pessoa escolher quando trabalhar.</translation>
        </message>
        <message>
            <source>You and they set the working hours together.</source>
            <translation>Você e a pessoa definem juntos o horário de trabalho.</translation>
        </message>
        <message>
            <source>Keep fixed hours to the overlap you truly need.</source>
            <translation>Limite os horários fixos à sobreposição realmente necessária.</translation>
        </message>
        <message>
            <source>You decide where they work.</source>
            <translation>Você decide onde a pessoa trabalha.</translation>
        </message>
        <message>
            <source>Let them work from a place of their choosing.</source>
            <translation>Deixe a pessoa trabalhar de onde preferir.</translation>
        </message>
        <message>
            <source>Where they work is partly your decision.</source>
            <translation>O local de trabalho da pessoa é em parte decisão sua.</translation>
        </message>
        <message>
            <source>Limit required on-site days to what the work needs.</source>
            <translation>Limite os dias presenciais obrigatórios ao que o trabalho exige.</translation>
        </message>
        <message>
            <source>You supply their equipment (or the access register lists equipment lent).</source>
            <translation>Você fornece o equipamento da pessoa (ou o registro de acessos lista equipamento emprestado).</translation>
        </message>
        <message>
            <source>Let them use their own tools; recover equipment you lent.</source>
            <translation>Deixe a pessoa usar as próprias ferramentas; recupere o equipamento que você emprestou.</translation>
        </message>
        <message>
            <source>You supply part of their equipment.</source>
            <translation>Você fornece parte do equipamento da pessoa.</translation>
        </message>
        <message>
            <source>Keep supplied equipment to what security requires.</source>
            <translation>Limite o equipamento fornecido ao que a segurança exige.</translation>
        </message>
        <message>
            <source>They may not work for other clients.</source>
            <translation>A pessoa não pode trabalhar para outros clientes.</translation>
        </message>
        <message>
            <source>Drop the exclusivity, or limit it to direct competitors.</source>
            <translation>Retire a exclusividade ou limite-a a concorrentes diretos.</translation>
        </message>
        <message>
            <source>The engagement is open-ended.</source>
            <translation>A contratação é por tempo indeterminado.</translation>
        </message>
        <message>
            <source>Give the contract an end date or a defined deliverable.</source>
            <translation>Defina para o contrato uma data de término ou um entregável.</translation>
        </message>
        <message>
            <source>There is no written contract.</source>
            <translation>Não há contrato por escrito.</translation>
        </message>
        <message>
            <source>Sign a written contract that describes an independent engagement.</source>
            <translation>Assine um contrato por escrito que descreva uma prestação de serviços independente.</translation>
        </message>
        <message>
            <source>No agreement is among this contract's or this person's files, and it is not through a marketplace.</source>
            <translation>Não há nenhum acordo por escrito entre os arquivos deste contrato ou desta pessoa, e a contratação não é feita por um marketplace.</translation>
        </message>
        <message>
            <source>Store the signed agreement with the contract's files (or, for a framework agreement, the person's).</source>
            <translation>Guarde o acordo assinado nos arquivos do contrato (ou, se for um contrato-quadro, nos da pessoa).</translation>
        </message>
        <message>
            <source>The work is the core of your business.</source>
            <translation>O trabalho é a atividade principal do seu negócio.</translation>
        </message>
        <message>
            <source>Scope the work as a project with its own deliverables.</source>
            <translation>Defina o trabalho como um projeto com entregáveis próprios.</translation>
        </message>
        <message>
            <source>More than a year at 30 or more hours a week.</source>
            <translation>Mais de um ano com 30 horas ou mais por semana.</translation>
        </message>
        <message>
            <source>Reduce the weekly hours or bring the engagement to an end.</source>
            <translation>Reduza as horas semanais ou encerre a contratação.</translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <source>Edit rate: {person}</source>
            <translation>Editar taxa: {person}</translation>
        </message>
        <message>
            <source>Correct a rate recorded for {person}{contract}. To record a change of rate, log a raise instead.</source>
            <translation>Corrija uma taxa registrada para {person}{contract}. Para registrar uma mudança de taxa, registre um aumento.</translation>
        </message>
        <message>
            <source> on “{title}”</source>
            <translation> em “{title}”</translation>
        </message>
        <message>
            <source>&amp;Rate per hour:</source>
            <translation>&amp;Taxa por hora:</translation>
        </message>
        <message>
            <source>Edit rate</source>
            <translation>Editar taxa</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{why}. Nothing was changed.</source>
            <translation>{why}. Nada foi alterado.</translation>
        </message>
        <message>
            <source>this is not a TalentDesk backup (no manifest)</source>
            <translation>este não é um backup do TalentDesk (sem manifesto)</translation>
        </message>
        <message>
            <source>the backup's manifest is implausibly large ({file_size:,} bytes)</source>
            <translation>o manifesto do backup é grande demais para ser plausível ({file_size:,} bytes)</translation>
        </message>
        <message>
            <source>the backup's manifest is damaged ({detail})</source>
            <translation>o manifesto do backup está danificado ({detail})</translation>
        </message>
        <message>
            <source>the backup's manifest is damaged ({why})</source>
            <translation>o manifesto do backup está danificado ({why})</translation>
        </message>
        <message>
            <source>this backup was made by a newer TalentDesk (backup format {format}); install the newer version to restore it</source>
            <translation>este backup foi feito por uma versão mais recente do TalentDesk (formato de backup {format}); instale a versão mais recente para restaurá-lo</translation>
        </message>
        <message>
            <source>this backup was made by a newer TalentDesk (schema {schema}; this program knows up to {known}); install the newer version to restore it</source>
            <translation>este backup foi feito por uma versão mais recente do TalentDesk (esquema {schema}; este programa conhece até o {known}); instale a versão mais recente para restaurá-lo</translation>
        </message>
        <message>
            <source>the backup is refused: member {shown} {why}</source>
            <translation>o backup foi recusado: o membro {shown} {why}</translation>
        </message>
        <message>
            <source>the backup holds no database</source>
            <translation>o backup não contém banco de dados</translation>
        </message>
        <message>
            <source>the backup is damaged: {name} is missing</source>
            <translation>o backup está danificado: falta {name}</translation>
        </message>
        <message>
            <source>the backup is refused: {name} is larger than its manifest says</source>
            <translation>o backup foi recusado: {name} é maior do que o manifesto indica</translation>
        </message>
        <message>
            <source>the backup is refused: {name} would unpack {times:,} times its packed size (a zip bomb)</source>
            <translation>o backup foi recusado: {name} se descompactaria em {times:,} vezes o seu tamanho compactado (uma bomba zip)</translation>
        </message>
        <message>
            <source>the backup is damaged: {name} cannot be read ({exc})</source>
            <translation>o backup está danificado: não é possível ler {name} ({exc})</translation>
        </message>
        <message>
            <source>the backup is refused: {name} unpacks to more than the {size:,} bytes its manifest says</source>
            <translation>o backup foi recusado: {name} se descompacta em mais do que os {size:,} bytes indicados no manifesto</translation>
        </message>
        <message>
            <source>the backup is damaged: {name} is {written:,} bytes, its manifest says {size:,}</source>
            <translation>o backup está danificado: {name} tem {written:,} bytes, o manifesto indica {size:,}</translation>
        </message>
        <message>
            <source>there is not enough free disk space to restore it ({need:,.0f} MB needed, {free:,.0f} MB free); free some space and try again</source>
            <translation>não há espaço livre suficiente em disco para restaurá-lo ({need:,.0f} MB necessários, {free:,.0f} MB livres); libere espaço e tente novamente</translation>
        </message>
        <message>
            <source>this backup was made from an encrypted data folder; turn encryption on here with the same passphrase (Tools › Encryption…), then restore it</source>
            <translation>este backup foi feito a partir de uma pasta de dados criptografada; ative aqui a criptografia com a mesma frase secreta (Ferramentas › Criptografia…) e depois restaure-o</translation>
        </message>
        <message>
            <source>the backup's database cannot be opened ({exc})</source>
            <translation>não é possível abrir o banco de dados do backup ({exc})</translation>
        </message>
        <message>
            <source>the backup is refused: {exc}</source>
            <translation>o backup foi recusado: {exc}</translation>
        </message>
        <message>
            <source>the backup's database is damaged ({exc})</source>
            <translation>o banco de dados do backup está danificado ({exc})</translation>
        </message>
        <message>
            <source>the backup's database (schema {found}) does not match its manifest (schema {version})</source>
            <translation>o banco de dados do backup (esquema {found}) não corresponde ao manifesto (esquema {version})</translation>
        </message>
        <message>
            <source>the backup's database cannot be brought up to this version ({exc})</source>
            <translation>o banco de dados do backup não pode ser atualizado para esta versão ({exc})</translation>
        </message>
        <message>
            <source>the backup's database is not one this program can use ({problems})</source>
            <translation>o banco de dados do backup não pode ser usado por este programa ({problems})</translation>
        </message>
        <message>
            <source>this is not a TalentDesk backup (not a readable zip: {exc})</source>
            <translation>este não é um backup do TalentDesk (não é um zip legível: {exc})</translation>
        </message>
        <message>
            <source>the backup is damaged: {name} does not match its checksum</source>
            <translation>o backup está danificado: {name} não confere com a soma de verificação</translation>
        </message>
        <message>
            <source>the disk is full; free some space and try again</source>
            <translation>o disco está cheio; libere espaço e tente novamente</translation>
        </message>
        <message>
            <source>the backup's database cannot be used ({exc})</source>
            <translation>o banco de dados do backup não pode ser usado ({exc})</translation>
        </message>
        <message>
            <source>the team database already holds data ({said}); restore a backup only into an empty team database</source>
            <translation>o banco de dados da equipe já contém dados ({said}); restaure um backup somente em um banco de dados da equipe vazio</translation>
        </message>
        <message>
            <source>this backup holds files sealed by an encrypted data folder; restore it into that folder, then move the data with “talentdesk transfer --to URL”</source>
            <translation>este backup contém arquivos selados por uma pasta de dados criptografada; restaure-o nessa pasta e depois mova os dados com “talentdesk transfer --to URL”</translation>
        </message>
        <message>
            <source>is after it was revoked ({revoked_on}).</source>
            <translation>é posterior à revogação ({revoked_on}).</translation>
        </message>
        <message>
            <source>That access grant no longer exists.</source>
            <translation>Essa concessão de acesso não existe mais.</translation>
        </message>
        <message>
            <source>{system} was already revoked on {revoked_on}.</source>
            <translation>{system} já foi revogado em {revoked_on}.</translation>
        </message>
        <message>
            <source>is before it was granted ({granted_on}).</source>
            <translation>é anterior à concessão ({granted_on}).</translation>
        </message>
        <message>
            <source>say what they did that you liked, and how it helped.</source>
            <translation>diga o que a pessoa fez de que você gostou e como isso ajudou.</translation>
        </message>
        <message>
            <source>“{text}” is too short to be specific ({words}). Say what they did and how it helped, e.g. “the clear hand-over notes saved me a day”.</source>
            <translation>“{text}” é curto demais para ser específico ({words}). Diga o que a pessoa fez e como isso ajudou, por exemplo: “as notas claras de passagem de trabalho me pouparam um dia”.</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n palavra</numerusform>
                <numerusform>%n palavras</numerusform>
            </translation>
        </message>
        <message>
            <source>could be said of anyone. Name the specific thing they did and how it helped.</source>
            <translation>poderia ser dito de qualquer pessoa. Cite o que a pessoa fez especificamente e como isso ajudou.</translation>
        </message>
        <message>
            <source>is in the future; record appreciation when it was given.</source>
            <translation>está no futuro; registre o reconhecimento depois de dado.</translation>
        </message>
        <message>
            <source>belongs to someone else; choose one of this person's contracts.</source>
            <translation>pertence a outra pessoa; escolha um dos contratos desta pessoa.</translation>
        </message>
        <message>
            <source>a bonus is paid on a contract; choose which one.</source>
            <translation>um bônus é pago em um contrato; escolha qual.</translation>
        </message>
        <message>
            <source>a thank-you bonus needs an amount above zero.</source>
            <translation>um bônus de agradecimento precisa de um valor maior que zero.</translation>
        </message>
        <message>
            <source>the contract is paid in {currency}; give the bonus in {currency}.</source>
            <translation>o contrato é pago em {currency}; informe o bônus em {currency}.</translation>
        </message>
        <message>
            <source>cannot sort by {sort_column!r}.</source>
            <translation>não é possível ordenar por {sort_column!r}.</translation>
        </message>
        <message>
            <source>choose the person this contract is with.</source>
            <translation>escolha a pessoa com quem é este contrato.</translation>
        </message>
        <message>
            <source>a retainer needs its weekly payment.</source>
            <translation>um retainer precisa do pagamento semanal.</translation>
        </message>
        <message>
            <source>contract {renews_id} does not exist.</source>
            <translation>o contrato {renews_id} não existe.</translation>
        </message>
        <message>
            <source>a new contract starts as draft, offered or active.</source>
            <translation>um novo contrato começa como rascunho, oferecido ou ativo.</translation>
        </message>
        <message>
            <source>The terms of a running contract change through a scope change, so the ledger records it.</source>
            <translation>Os termos de um contrato em andamento mudam por meio de uma alteração de escopo, para que fique no registro.</translation>
        </message>
        <message>
            <source>No contract with id {contract_id}; it may have been deleted.</source>
            <translation>Nenhum contrato com id {contract_id}; ele pode ter sido excluído.</translation>
        </message>
        <message>
            <source>A contract that is {status} cannot become {to}.</source>
            <translation>Um contrato com situação {status} não pode passar a {to}.</translation>
        </message>
        <message>
            <source>is before the start of the contract.</source>
            <translation>é anterior ao início do contrato.</translation>
        </message>
        <message>
            <source>is only for a payment in another currency than the contract's {contract_currency}.</source>
            <translation>serve apenas para um pagamento em moeda diferente da do contrato ({contract_currency}).</translation>
        </message>
        <message>
            <source>this payment is in {currency} but the contract is in {contract_currency}: give the amount in {contract_currency} too, so that the contract's totals count it.</source>
            <translation>este pagamento está em {currency}, mas o contrato está em {contract_currency}: informe também o valor em {contract_currency}, para que os totais do contrato o incluam.</translation>
        </message>
        <message>
            <source>is in the future; log what was already said.</source>
            <translation>está no futuro; registre o que já foi dito.</translation>
        </message>
        <message>
            <source>Feedback given to them is already recorded for this contract.</source>
            <translation>O feedback dado à pessoa já está registrado para este contrato.</translation>
        </message>
        <message>
            <source>Feedback received from them is already recorded for this contract.</source>
            <translation>O feedback recebido da pessoa já está registrado para este contrato.</translation>
        </message>
        <message>
            <source>choose yes, maybe or no.</source>
            <translation>escolha sim, talvez ou não.</translation>
        </message>
        <message>
            <source>choose from 0 to 10.</source>
            <translation>escolha de 0 a 10.</translation>
        </message>
        <message>
            <source>No payment with id {payment_id}; it may have been removed.</source>
            <translation>Nenhum pagamento com id {payment_id}; ele pode ter sido removido.</translation>
        </message>
        <message>
            <source>Nothing was changed: the payment already says this.</source>
            <translation>Nada foi alterado: o pagamento já diz isso.</translation>
        </message>
        <message>
            <source>use at least {least}; a few words are best.</source>
            <translation>use pelo menos {least}; algumas palavras são o ideal.</translation>
        </message>
        <message numerus="yes">
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n caractere</numerusform>
                <numerusform>%n caracteres</numerusform>
            </translation>
        </message>
        <message>
            <source>the two passphrases differ.</source>
            <translation>as duas frases secretas são diferentes.</translation>
        </message>
        <message>
            <source>is not the passphrase of this data folder.</source>
            <translation>não é a frase secreta desta pasta de dados.</translation>
        </message>
        <message>
            <source>This data folder is not encrypted.</source>
            <translation>Esta pasta de dados não está criptografada.</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vazio)</translation>
        </message>
        <message>
            <source>the stored file's name is damaged.</source>
            <translation>o nome do arquivo armazenado está danificado.</translation>
        </message>
        <message>
            <source>“{name}” no longer exists.</source>
            <translation>“{name}” não existe mais.</translation>
        </message>
        <message>
            <source>“{name}” is not a file.</source>
            <translation>“{name}” não é um arquivo.</translation>
        </message>
        <message>
            <source>“{name}” is {size:.0f} MB; files up to {limit} MB can be stored (the limit is in the settings).</source>
            <translation>“{name}” tem {size:.0f} MB; podem ser armazenados arquivos de até {limit} MB (o limite está nas configurações).</translation>
        </message>
        <message>
            <source>“{name}” grew past the size limit while being copied.</source>
            <translation>“{name}” ultrapassou o limite de tamanho durante a cópia.</translation>
        </message>
        <message>
            <source>That person is no longer on the bench.</source>
            <translation>Essa pessoa não está mais no banco de talentos.</translation>
        </message>
        <message>
            <source>is before the day the file was shared; check the two dates.</source>
            <translation>é anterior ao dia em que o arquivo foi compartilhado; confira as duas datas.</translation>
        </message>
        <message>
            <source>That file is no longer recorded.</source>
            <translation>Esse arquivo não está mais registrado.</translation>
        </message>
        <message>
            <source>“{name}” is over the size limit of {limit} MB.</source>
            <translation>“{name}” excede o limite de tamanho de {limit} MB.</translation>
        </message>
        <message>
            <source>The stored copy is sealed with another passphrase, or damaged.</source>
            <translation>A cópia armazenada está protegida com outra frase secreta ou danificada.</translation>
        </message>
        <message>
            <source>The stored copy of “{name}” is missing from the data folder.</source>
            <translation>A cópia armazenada de “{name}” não está na pasta de dados.</translation>
        </message>
        <message>
            <source>There is nothing to undo.</source>
            <translation>Não há nada para desfazer.</translation>
        </message>
        <message>
            <source>There is nothing to redo.</source>
            <translation>Não há nada para refazer.</translation>
        </message>
        <message>
            <source>choose a date and a time.</source>
            <translation>escolha uma data e uma hora.</translation>
        </message>
        <message>
            <source>is in the future; log what already happened.</source>
            <translation>está no futuro; registre o que já aconteceu.</translation>
        </message>
        <message>
            <source>only a call or a meeting has a duration.</source>
            <translation>somente uma chamada ou uma reunião tem duração.</translation>
        </message>
        <message>
            <source>write what was said.</source>
            <translation>escreva o que foi dito.</translation>
        </message>
        <message>
            <source>That person no longer exists.</source>
            <translation>Essa pessoa não existe mais.</translation>
        </message>
        <message>
            <source>The backup {name} is damaged; choose another one.</source>
            <translation>O backup {name} está danificado; escolha outro.</translation>
        </message>
        <message>
            <source>No milestone with id {milestone_id}; it may have been deleted.</source>
            <translation>Nenhuma etapa com id {milestone_id}; ela pode ter sido excluída.</translation>
        </message>
        <message>
            <source>The amount of a milestone on a running contract changes through a scope change.</source>
            <translation>O valor de uma etapa em um contrato em andamento muda por meio de uma alteração de escopo.</translation>
        </message>
        <message>
            <source>This milestone's payment is recorded; remove that payment first to mark it unpaid.</source>
            <translation>O pagamento desta etapa está registrado; remova esse pagamento primeiro para marcá-la como não paga.</translation>
        </message>
        <message>
            <source>belongs to another contract.</source>
            <translation>pertence a outro contrato.</translation>
        </message>
        <message>
            <source>a payment for a milestone is a milestone payment.</source>
            <translation>o pagamento de uma etapa é um pagamento do tipo Etapa.</translation>
        </message>
        <message>
            <source>This milestone is already paid.</source>
            <translation>Esta etapa já está paga.</translation>
        </message>
        <message>
            <source>On a running contract a milestone is removed through Scope change › Change milestone, so the ledger records it.</source>
            <translation>Em um contrato em andamento, uma etapa é removida em Alteração de escopo › Alterar etapa, para que fique no registro.</translation>
        </message>
        <message>
            <source>An approved or paid milestone is part of the record and cannot be removed.</source>
            <translation>Uma etapa aprovada ou paga faz parte do registro e não pode ser removida.</translation>
        </message>
        <message>
            <source>“{code}” is not an ISO 4217 currency code (e.g. USD, EUR, JPY).</source>
            <translation>“{code}” não é um código de moeda ISO 4217 (por exemplo, USD, EUR, BRL).</translation>
        </message>
        <message>
            <source>“{amount}” is not an amount of money.</source>
            <translation>“{amount}” não é um valor monetário.</translation>
        </message>
        <message>
            <source>must be a finite amount.</source>
            <translation>deve ser um valor finito.</translation>
        </message>
        <message>
            <source>must not be negative.</source>
            <translation>não pode ser negativo.</translation>
        </message>
        <message>
            <source>has more decimals than {currency} allows ({digits}).</source>
            <translation>tem mais casas decimais do que {currency} permite ({digits}).</translation>
        </message>
        <message>
            <source>is required.</source>
            <translation>é obrigatório.</translation>
        </message>
        <message>
            <source>must be a whole number of minor units (cents).</source>
            <translation>deve ser um número inteiro de subunidades (centavos).</translation>
        </message>
        <message>
            <source>is too large.</source>
            <translation>é grande demais.</translation>
        </message>
        <message>
            <source>A contract that is {status} cannot be ended.</source>
            <translation>Um contrato com situação {status} não pode ser encerrado.</translation>
        </message>
        <message>
            <source>is before the start {start_date}.</source>
            <translation>é anterior ao início ({start_date}).</translation>
        </message>
        <message>
            <source>nothing to save: give feedback or write the private review.</source>
            <translation>nada para salvar: dê um feedback ou escreva a avaliação privada.</translation>
        </message>
        <message>
            <source>Feedback and the closing review are written when the contract ends.</source>
            <translation>O feedback e a avaliação final são escritos quando o contrato termina.</translation>
        </message>
        <message>
            <source>That checklist item no longer exists.</source>
            <translation>Esse item da lista não existe mais.</translation>
        </message>
        <message>
            <source> It belongs to “{title}”: record it there.</source>
            <translation> Ele pertence a “{title}”: registre-o lá.</translation>
        </message>
        <message>
            <source>{day} is more than {days} after this contract ended on {end_date}; nothing is paid on it that late.{hint}</source>
            <translation>{day} é mais de {days} depois do fim deste contrato em {end_date}; nada é pago nele tão tarde.{hint}</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dia</numerusform>
                <numerusform>%n dias</numerusform>
            </translation>
        </message>
        <message>
            <source>is not a setting.</source>
            <translation>não é uma configuração.</translation>
        </message>
        <message>
            <source>choose one of the date formats offered.</source>
            <translation>escolha um dos formatos de data oferecidos.</translation>
        </message>
        <message>
            <source>choose A4, Letter, or the one your region uses.</source>
            <translation>escolha A4, Carta ou o que sua região usa.</translation>
        </message>
        <message>
            <source>the end of the working day must come after its start.</source>
            <translation>o fim do dia de trabalho deve ser depois do início.</translation>
        </message>
        <message>
            <source>is not one of this person's contracts.</source>
            <translation>não é um dos contratos desta pessoa.</translation>
        </message>
        <message>
            <source>the contract “{title}” is paid in {currency}; give the raise in {currency} to change its rate too.</source>
            <translation>o contrato “{title}” é pago em {currency}; informe o aumento em {currency} para alterar também a taxa dele.</translation>
        </message>
        <message>
            <source>That message is no longer recorded; it may have been removed.</source>
            <translation>Essa mensagem não está mais registrada; ela pode ter sido removida.</translation>
        </message>
        <message>
            <source>That feedback is no longer recorded; it may have been removed.</source>
            <translation>Esse feedback não está mais registrado; ele pode ter sido removido.</translation>
        </message>
        <message>
            <source>That review is no longer recorded; it may have been removed.</source>
            <translation>Essa avaliação não está mais registrada; ela pode ter sido removida.</translation>
        </message>
        <message>
            <source>That appreciation is no longer recorded; it may have been removed.</source>
            <translation>Esse reconhecimento não está mais registrado; ele pode ter sido removido.</translation>
        </message>
        <message>
            <source>That rate is no longer recorded; it may have been removed.</source>
            <translation>Essa taxa não está mais registrada; ela pode ter sido removida.</translation>
        </message>
        <message>
            <source>stays the same; record appreciation for someone else anew.</source>
            <translation>permanece o mesmo; para outra pessoa, registre um novo reconhecimento.</translation>
        </message>
        <message>
            <source>a thank-you bonus is a payment and stays one; remove it and record the appreciation anew to change its kind.</source>
            <translation>um bônus de agradecimento é um pagamento e continua sendo; para mudar o tipo, remova-o e registre o reconhecimento de novo.</translation>
        </message>
        <message>
            <source>No talent with id {talent_id}; it may have been deleted.</source>
            <translation>Nenhum talento com id {talent_id}; ele pode ter sido excluído.</translation>
        </message>
        <message>
            <source>There are no review sessions yet; run a review session first.</source>
            <translation>Ainda não há sessões de revisão; faça uma sessão de revisão primeiro.</translation>
        </message>
        <message>
            <source>No review session with id {session_id}.</source>
            <translation>Nenhuma sessão de revisão com id {session_id}.</translation>
        </message>
        <message>
            <source>“{year}” is not a year.</source>
            <translation>“{year}” não é um ano.</translation>
        </message>
        <message>
            <source>“{token}” matches {count}; name one of them (by its UUID):</source>
            <translation>“{token}” corresponde a {count}; indique um deles (pelo UUID):</translation>
        </message>
        <message>
            <source>no {what} matches “{token}”; give its UUID, its name or a part of it.</source>
            <translation>nenhum registro ({what}) corresponde a “{token}”; informe o UUID, o nome ou parte dele.</translation>
        </message>
        <message>
            <source>This review session has ended; start a new one.</source>
            <translation>Esta sessão de revisão foi encerrada; inicie uma nova.</translation>
        </message>
        <message>
            <source>choose a day after today.</source>
            <translation>escolha um dia depois de hoje.</translation>
        </message>
        <message>
            <source>say why this card can be dismissed.</source>
            <translation>diga por que este cartão pode ser dispensado.</translation>
        </message>
        <message>
            <source>This card is not about a contract.</source>
            <translation>Este cartão não se refere a um contrato.</translation>
        </message>
        <message>
            <source>This card is not about a person.</source>
            <translation>Este cartão não se refere a uma pessoa.</translation>
        </message>
        <message>
            <source>“{action}” is not an action of a review card.</source>
            <translation>“{action}” não é uma ação de um cartão de revisão.</translation>
        </message>
        <message>
            <source>This contract is {status}; a scope change needs a running contract.</source>
            <translation>Este contrato está com situação {status}; uma alteração de escopo precisa de um contrato em andamento.</translation>
        </message>
        <message>
            <source>is before the start of the contract ({start_date}).</source>
            <translation>é anterior ao início do contrato ({start_date}).</translation>
        </message>
        <message>
            <source>is after the end of the contract ({end_date}).</source>
            <translation>é posterior ao fim do contrato ({end_date}).</translation>
        </message>
        <message>
            <source>is the same as the current end date.</source>
            <translation>é igual à data de término atual.</translation>
        </message>
        <message>
            <source>is the same as the limit in force that day.</source>
            <translation>é igual ao limite vigente nesse dia.</translation>
        </message>
        <message>
            <source>is the same as the rate in force that day.</source>
            <translation>é igual à taxa vigente nesse dia.</translation>
        </message>
        <message>
            <source>Only a retainer has a weekly payment.</source>
            <translation>Somente um retainer tem pagamento semanal.</translation>
        </message>
        <message>
            <source>is the same as the weekly payment in force that day.</source>
            <translation>é igual ao pagamento semanal vigente nesse dia.</translation>
        </message>
        <message>
            <source>choose a milestone of this contract.</source>
            <translation>escolha uma etapa deste contrato.</translation>
        </message>
        <message>
            <source>change the amount or the due date, or remove the milestone.</source>
            <translation>altere o valor ou a data de vencimento, ou remova a etapa.</translation>
        </message>
        <message>
            <source>This milestone is paid; its amount is part of the record.</source>
            <translation>Esta etapa está paga; o valor dela faz parte do registro.</translation>
        </message>
        <message>
            <source>This contract is {status}; a bonus is paid on a contract that has started.</source>
            <translation>Este contrato está com situação {status}; um bônus é pago em um contrato que já começou.</translation>
        </message>
        <message>
            <source>A bonus can be paid up to {days} after a contract ends; this one ended on {end_date}, so the last day was {last}.</source>
            <translation>Um bônus pode ser pago até {days} após o fim de um contrato; este terminou em {end_date}, então o último dia foi {last}.</translation>
        </message>
        <message>
            <source>must be more than zero.</source>
            <translation>deve ser maior que zero.</translation>
        </message>
        <message>
            <source>The contract's {kind} has changed since ({now}); record a new scope change instead of reversing this one.</source>
            <translation>O valor de {kind} do contrato mudou desde então ({now}); registre uma nova alteração de escopo em vez de reverter esta.</translation>
        </message>
        <message>
            <source>That scope change is no longer recorded.</source>
            <translation>Essa alteração de escopo não está mais registrada.</translation>
        </message>
        <message>
            <source>This scope change has already been reversed.</source>
            <translation>Esta alteração de escopo já foi revertida.</translation>
        </message>
        <message>
            <source>say why this person should not be rehired.</source>
            <translation>diga por que esta pessoa não deve ser recontratada.</translation>
        </message>
        <message>
            <source>“{clean}” is listed twice.</source>
            <translation>“{clean}” aparece duas vezes.</translation>
        </message>
        <message>
            <source>{name} has {contracts}; deleting would lose that history. Archive them instead.</source>
            <translation>{name} tem {contracts}; excluir perderia esse histórico. Em vez disso, arquive a pessoa.</translation>
        </message>
        <message numerus="yes">
            <source>%n contract(s)</source>
            <translation>
                <numerusform>%n contrato</numerusform>
                <numerusform>%n contratos</numerusform>
            </translation>
        </message>
        <message>
            <source>is too long ({length}; at most {max_length}).</source>
            <translation>é longo demais ({length}; no máximo {max_length}).</translation>
        </message>
        <message>
            <source>must contain a visible character (a letter, digit or sign).</source>
            <translation>deve conter um caractere visível (letra, dígito ou símbolo).</translation>
        </message>
        <message>
            <source>is too long ({length}); search for at most {most}.</source>
            <translation>é longo demais ({length}); pesquise no máximo {most}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln caractere</numerusform>
                <numerusform>%Ln caracteres</numerusform>
            </translation>
        </message>
        <message>
            <source>has {terms}; search for at most {most} at once.</source>
            <translation>tem {terms}; pesquise no máximo {most} de uma vez.</translation>
        </message>
        <message>
            <source>“{value}” is not an e-mail address (name@example.com).</source>
            <translation>“{value}” não é um endereço de e-mail (nome@exemplo.com).</translation>
        </message>
        <message>
            <source>“{value}” is not a web address (it should start with https://).</source>
            <translation>“{value}” não é um endereço web (deve começar com https://).</translation>
        </message>
        <message>
            <source>“{value}” is not an IANA time zone (e.g. Europe/Berlin).</source>
            <translation>“{value}” não é um fuso horário IANA (por exemplo, America/Sao_Paulo).</translation>
        </message>
        <message>
            <source>“{value}” is not one of: {options}.</source>
            <translation>“{value}” não é um destes: {options}.</translation>
        </message>
        <message>
            <source>must be a whole number.</source>
            <translation>deve ser um número inteiro.</translation>
        </message>
        <message>
            <source>“{value}” is not a whole number.</source>
            <translation>“{value}” não é um número inteiro.</translation>
        </message>
        <message>
            <source>must be from {low} to {high} (got {number}).</source>
            <translation>deve estar entre {low} e {high} (recebido: {number}).</translation>
        </message>
        <message>
            <source>must be at least {low} (got {number}).</source>
            <translation>deve ser pelo menos {low} (recebido: {number}).</translation>
        </message>
        <message>
            <source>must be at most {high} (got {number}).</source>
            <translation>deve ser no máximo {high} (recebido: {number}).</translation>
        </message>
        <message>
            <source>“{value}” is not a date (YYYY-MM-DD).</source>
            <translation>“{value}” não é uma data (AAAA-MM-DD).</translation>
        </message>
        <message>
            <source>{end} is before the start {start}.</source>
            <translation>{end} é anterior ao início ({start}).</translation>
        </message>
        <message>
            <source>That work-log entry no longer exists.</source>
            <translation>Esse registro de horas não existe mais.</translation>
        </message>
        <message>
            <source>“{status}” is not a contract status.</source>
            <translation>“{status}” não é uma situação de contrato.</translation>
        </message>
        <message>
            <source>“{kind}” is not a contract kind.</source>
            <translation>“{kind}” não é um tipo de contrato.</translation>
        </message>
        <message>
            <source>choose who you are thanking.</source>
            <translation>escolha a quem você está agradecendo.</translation>
        </message>
        <message>
            <source>choose the contract this check-in is about.</source>
            <translation>escolha o contrato deste acompanhamento.</translation>
        </message>
        <message>
            <source>choose {names}.</source>
            <translation>escolha {names}.</translation>
        </message>
        <message>
            <source>{field} {message}</source>
            <translation>{field} {message}</translation>
        </message>
        <message>
            <source>say why the agreement moves; the ledger keeps it.</source>
            <translation>diga por que o acordo muda; o registro guarda o motivo.</translation>
        </message>
        <message>
            <source>That away period no longer exists.</source>
            <translation>Esse período de ausência não existe mais.</translation>
        </message>
        <message>
            <source>must be on or after the start date.</source>
            <translation>deve ser igual ou posterior à data de início.</translation>
        </message>
        <message>
            <source>“{value}” is not a rate (write it like 1.0856).</source>
            <translation>“{value}” não é uma taxa (escreva como 1.0856).</translation>
        </message>
        <message>
            <source>a rate must be a number above zero.</source>
            <translation>uma taxa deve ser um número maior que zero.</translation>
        </message>
        <message>
            <source>No payment with id {payment_id}.</source>
            <translation>Nenhum pagamento com id {payment_id}.</translation>
        </message>
        <message>
            <source>“{source}” is not a source of rates.</source>
            <translation>“{source}” não é uma fonte de taxas.</translation>
        </message>
        <message>
            <source>the euro is the base of every rate (always 1).</source>
            <translation>o euro é a base de todas as taxas (sempre 1).</translation>
        </message>
        <message>
            <source>name a skill, e.g. “Python:4” or “dbt”.</source>
            <translation>informe uma habilidade, ex.: “Python:4” ou “dbt”.</translation>
        </message>
        <message>
            <source>write an amount and a currency, e.g. “6000 EUR”.</source>
            <translation>escreva um valor e uma moeda, ex.: “6000 EUR”.</translation>
        </message>
        <message>
            <source>name at least one skill the work needs.</source>
            <translation>informe pelo menos uma habilidade que o trabalho exige.</translation>
        </message>
        <message>
            <source>plan at most three years ahead.</source>
            <translation>planeje no máximo três anos à frente.</translation>
        </message>
        <message>
            <source>rate in {rate}, budget in {plan} — no exchange rate</source>
            <translation>taxa em {rate}, orçamento em {plan} — sem taxa de câmbio</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>no rate on record</source>
            <translation>nenhuma taxa registrada</translation>
        </message>
        <message>
            <source>away {start} – {end}</source>
            <translation>ausente {start} – {end}</translation>
        </message>
        <message>
            <source>{away} ({note})</source>
            <translation>{away} ({note})</translation>
        </message>
        <message>
            <source>classification risk {level} on “{title}”</source>
            <translation>risco de classificação {level} em “{title}”</translation>
        </message>
        <message>
            <source>{kind}: expires on {day}, before the plan ends</source>
            <translation>{kind}: vence em {day}, antes do fim do plano</translation>
        </message>
        <message>
            <source>skills: {skills}</source>
            <translation>habilidades: {skills}</translation>
        </message>
        <message>
            <source>{skill} {level} (needs {needed})</source>
            <translation>{skill} {level} (precisa de {needed})</translation>
        </message>
        <message>
            <source>{hours} on “{title}”</source>
            <translation>{hours} em “{title}”</translation>
        </message>
        <message>
            <source>free {free} a week in the period (offers {offered} h{taken}); takes {share} a week here</source>
            <translation>{free} livres por semana no período (oferece {offered} h{taken}); ocupa {share} por semana aqui</translation>
        </message>
        <message>
            <source>; {commitments}</source>
            <translation>; {commitments}</translation>
        </message>
        <message>
            <source>overlap {hours} a day</source>
            <translation>sobreposição de {hours} por dia</translation>
        </message>
        <message>
            <source>overlap {hours} a day, {then} from {day} (the clocks change)</source>
            <translation>sobreposição de {hours} por dia, {then} a partir de {day} (mudança de horário)</translation>
        </message>
        <message>
            <source>cost {cost} for {hours} at {rate} an hour</source>
            <translation>custo de {cost} por {hours} a {rate} por hora</translation>
        </message>
        <message>
            <source>cost unknown: {why}</source>
            <translation>custo desconhecido: {why}</translation>
        </message>
        <message>
            <source>review score {score} of 5 over {reviews}; would rehire: {rehire}</source>
            <translation>nota {score} de 5 em {reviews}; recontrataria: {rehire}</translation>
        </message>
        <message>
            <source>no review yet</source>
            <translation>nenhuma avaliação ainda</translation>
        </message>
        <message>
            <source>last worked together {day}</source>
            <translation>trabalhamos juntos pela última vez em {day}</translation>
        </message>
        <message>
            <source>never worked together</source>
            <translation>nunca trabalhamos juntos</translation>
        </message>
        <message>
            <source>cost for the period {cost}</source>
            <translation>custo no período: {cost}</translation>
        </message>
        <message>
            <source>within the budget of {budget} ({left} left)</source>
            <translation>dentro do orçamento de {budget} (restam {left})</translation>
        </message>
        <message>
            <source>nobody has {skill} at level {level} or above</source>
            <translation>ninguém tem {skill} no nível {level} ou superior</translation>
        </message>
        <message>
            <source>{skill} {level}</source>
            <translation>{skill} {level}</translation>
        </message>
        <message>
            <source>availability not set for anyone with these skills ({count} people): set the hours a week they offer</source>
            <translation>disponibilidade não definida para ninguém com estas habilidades ({count} pessoas): defina as horas por semana que cada um oferece</translation>
        </message>
        <message>
            <source>availability not set</source>
            <translation>disponibilidade não definida</translation>
        </message>
        <message>
            <source>nobody, alone or in a team of {size}, has {hours} h a week free in the period</source>
            <translation>ninguém, sozinho ou em equipe de {size}, tem {hours} h livres por semana no período</translation>
        </message>
        <message>
            <source>{free} a week free</source>
            <translation>{free} livres por semana</translation>
        </message>
        <message>
            <source>nobody overlaps {hours} with your working day on every day of the period</source>
            <translation>ninguém tem {hours} de sobreposição com o seu dia de trabalho em todos os dias do período</translation>
        </message>
        <message>
            <source>{hours} overlap</source>
            <translation>{hours} de sobreposição</translation>
        </message>
        <message>
            <source>{rate} an hour</source>
            <translation>{rate} por hora</translation>
        </message>
        <message>
            <source>nobody's rate is {limit} an hour or less</source>
            <translation>ninguém tem taxa de {limit} por hora ou menos</translation>
        </message>
        <message>
            <source>nobody can do {hours} h within {limit}</source>
            <translation>ninguém consegue fazer {hours} h dentro de {limit}</translation>
        </message>
        <message>
            <source>{text}: {why}</source>
            <translation>{text}: {why}</translation>
        </message>
        <message>
            <source>no free hours</source>
            <translation>nenhuma hora livre</translation>
        </message>
        <message>
            <source>too little overlap</source>
            <translation>pouca sobreposição</translation>
        </message>
        <message>
            <source>rate above the maximum</source>
            <translation>taxa acima do máximo</translation>
        </message>
        <message>
            <source>cost unknown</source>
            <translation>custo desconhecido</translation>
        </message>
        <message>
            <source>lacks {skills}</source>
            <translation>falta: {skills}</translation>
        </message>
        <message>
            <source>{hours} a week free</source>
            <translation>{hours} livres por semana</translation>
        </message>
        <message>
            <source>costs {amount} for the whole work</source>
            <translation>custa {amount} pelo trabalho todo</translation>
        </message>
        <message>
            <source>{missing}</source>
            <translation>{missing}</translation>
        </message>
        <message>
            <source>nobody alone, nor any team of up to {size} people, meets all of this at once</source>
            <translation>ninguém sozinho, nem nenhuma equipe de até {size} pessoas, atende a tudo isso ao mesmo tempo</translation>
        </message>
        <message>
            <source>That plan no longer exists.</source>
            <translation>Esse plano não existe mais.</translation>
        </message>
        <message>
            <source>choose a day that every year has (not 29 February).</source>
            <translation>escolha um dia que exista em todos os anos (não 29 de fevereiro).</translation>
        </message>
        <message>
            <source>This team database lets you read only: your role on the server may not change it. Ask whoever runs the server for write access.</source>
            <translation>Este banco de dados da equipe permite apenas leitura: seu papel no servidor não tem permissão para alterá-lo. Peça acesso de gravação a quem administra o servidor.</translation>
        </message>
        <message>
            <source>The team database cannot be reached just now, so nothing can be saved. TalentDesk keeps trying to reconnect and says so when it is back.</source>
            <translation>Não é possível acessar o banco de dados da equipe no momento, por isso nada pode ser salvo. O TalentDesk continua tentando reconectar e avisa quando ele voltar.</translation>
        </message>
        <message>
            <source>The connection to the team database was lost, so this change was not saved: none of it was written. TalentDesk reconnects by itself; try again when the status bar says it is back.</source>
            <translation>A conexão com o banco de dados da equipe foi perdida, por isso esta alteração não foi salva: nada dela foi gravado. O TalentDesk se reconecta automaticamente; tente novamente quando a barra de status indicar que a conexão voltou.</translation>
        </message>
        <message>
            <source>The team database cannot be reached just now; what is on screen is what was loaded before.</source>
            <translation>Não é possível acessar o banco de dados da equipe no momento; o que está na tela é o que foi carregado antes.</translation>
        </message>
        <message>
            <source>Changed by {name} at {time}, after you opened it — reload?</source>
            <translation>Alterado por {name} em {time}, depois que você o abriu — recarregar?</translation>
        </message>
        <message>
            <source>Changed at {time}, after you opened it — reload?</source>
            <translation>Alterado em {time}, depois que você o abriu — recarregar?</translation>
        </message>
        <message>
            <source>is not a team database's address: it begins with postgresql://, like postgresql://me@server/team.</source>
            <translation>não é o endereço de um banco de dados da equipe: ele começa com postgresql://, como postgresql://eu@servidor/equipe.</translation>
        </message>
        <message>
            <source>cannot be read: check it was copied whole.</source>
            <translation>não pode ser lido: verifique se ele foi copiado por inteiro.</translation>
        </message>
        <message>
            <source>names a port that is not a number.</source>
            <translation>indica uma porta que não é um número.</translation>
        </message>
        <message>
            <source>must be between 1 and 65535.</source>
            <translation>deve estar entre 1 e 65535.</translation>
        </message>
        <message>
            <source>is not one libpq knows.</source>
            <translation>não é um modo que o libpq reconheça.</translation>
        </message>
        <message>
            <source>was not accepted by the server: type it again, or ask whoever runs the server for the right one.</source>
            <translation>não foi aceita pelo servidor: digite-a novamente ou peça a senha correta a quem administra o servidor.</translation>
        </message>
        <message>
            <source>is not known to the server: check the name, or ask whoever runs the server to create it (the README says how).</source>
            <translation>não é conhecido pelo servidor: verifique o nome ou peça a quem administra o servidor que o crie (o README explica como).</translation>
        </message>
        <message>
            <source>does not exist on this server: check the name, or ask whoever runs the server to create it (the README says how).</source>
            <translation>não existe neste servidor: verifique o nome ou peça a quem administra o servidor que o crie (o README explica como).</translation>
        </message>
        <message>
            <source>may not connect to this database: ask whoever runs the server to grant it.</source>
            <translation>não tem permissão para se conectar a este banco de dados: peça a quem administra o servidor que conceda o acesso.</translation>
        </message>
        <message>
            <source>may not connect from this computer (the server's pg_hba.conf): ask whoever runs the server to allow it.</source>
            <translation>não tem permissão para se conectar a partir deste computador (pg_hba.conf do servidor): peça a quem administra o servidor que permita a conexão.</translation>
        </message>
        <message>
            <source>does not suit this server: choose “prefer”, or ask whoever runs the server which mode it needs.</source>
            <translation>não é adequado para este servidor: escolha “Preferir” (prefer) ou pergunte a quem administra o servidor qual modo ele exige.</translation>
        </message>
        <message>
            <source>is not a name this computer can find: check the spelling and your network.</source>
            <translation>não é um nome que este computador consiga encontrar: verifique a grafia e a sua rede.</translation>
        </message>
        <message>
            <source>cannot be reached: check the server's name and port, that it is running, and your network (a VPN?).</source>
            <translation>não pode ser acessado: verifique o nome e a porta do servidor, se ele está em execução e a sua rede (uma VPN?).</translation>
        </message>
        <message>
            <source>refused the connection: {reason}</source>
            <translation>recusou a conexão: {reason}</translation>
        </message>
        <message>
            <source>holds other tables and is not a TalentDesk database: choose an empty database, or one a TalentDesk team already uses.</source>
            <translation>contém outras tabelas e não é um banco de dados do TalentDesk: escolha um banco de dados vazio ou um que uma equipe do TalentDesk já use.</translation>
        </message>
        <message>
            <source>was set up by a newer TalentDesk (schema {found}; this one knows up to {known}): install the newer version on this computer, then connect.</source>
            <translation>foi configurado por um TalentDesk mais recente (esquema {found}; este conhece até o {known}): instale a versão mais recente neste computador e depois conecte-se.</translation>
        </message>
        <message>
            <source>The password could not be saved in this computer's keyring ({reason}). Connect without saving it, or put it in libpq's password file (~/.pgpass).</source>
            <translation>Não foi possível salvar a senha no chaveiro deste computador ({reason}). Conecte-se sem salvá-la ou coloque-a no arquivo de senhas do libpq (~/.pgpass).</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>address</source>
            <translation>endereço</translation>
        </message>
        <message>
            <source>server</source>
            <translation>servidor</translation>
        </message>
        <message>
            <source>port</source>
            <translation>porta</translation>
        </message>
        <message>
            <source>database</source>
            <translation>banco de dados</translation>
        </message>
        <message>
            <source>user name</source>
            <translation>nome de usuário</translation>
        </message>
        <message>
            <source>password</source>
            <translation>senha</translation>
        </message>
        <message>
            <source>SSL mode</source>
            <translation>modo SSL</translation>
        </message>
        <message>
            <source>action</source>
            <translation>ação</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>amount in contract currency</source>
            <translation>valor na moeda do contrato</translation>
        </message>
        <message>
            <source>author</source>
            <translation>autor</translation>
        </message>
        <message>
            <source>availability</source>
            <translation>disponibilidade</translation>
        </message>
        <message>
            <source>bench status</source>
            <translation>situação no banco de talentos</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>bônus</translation>
        </message>
        <message>
            <source>budget</source>
            <translation>orçamento</translation>
        </message>
        <message>
            <source>bonus amount</source>
            <translation>valor do bônus</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>canal</translation>
        </message>
        <message>
            <source>checklist item</source>
            <translation>item da lista</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>comentário</translation>
        </message>
        <message>
            <source>communication</source>
            <translation>comunicação</translation>
        </message>
        <message>
            <source>contact kind</source>
            <translation>tipo de contato</translation>
        </message>
        <message>
            <source>contract</source>
            <translation>contrato</translation>
        </message>
        <message>
            <source>cooperation</source>
            <translation>cooperação</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>moeda</translation>
        </message>
        <message>
            <source>current passphrase</source>
            <translation>frase secreta atual</translation>
        </message>
        <message>
            <source>date</source>
            <translation>data</translation>
        </message>
        <message>
            <source>day</source>
            <translation>dia</translation>
        </message>
        <message>
            <source>deadlines</source>
            <translation>prazos</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>decisão</translation>
        </message>
        <message>
            <source>description</source>
            <translation>descrição</translation>
        </message>
        <message>
            <source>direction</source>
            <translation>direção</translation>
        </message>
        <message>
            <source>document kind</source>
            <translation>tipo de documento</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>data de vencimento</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>duração</translation>
        </message>
        <message>
            <source>effective date</source>
            <translation>data de vigência</translation>
        </message>
        <message>
            <source>email</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>end date</source>
            <translation>data de término</translation>
        </message>
        <message>
            <source>ended by</source>
            <translation>encerrado por</translation>
        </message>
        <message>
            <source>expected response time</source>
            <translation>tempo de resposta esperado</translation>
        </message>
        <message>
            <source>expires</source>
            <translation>validade</translation>
        </message>
        <message>
            <source>external id</source>
            <translation>ID externo</translation>
        </message>
        <message>
            <source>file</source>
            <translation>arquivo</translation>
        </message>
        <message>
            <source>granted on</source>
            <translation>concedido em</translation>
        </message>
        <message>
            <source>headline</source>
            <translation>título profissional</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>horas</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>label</source>
            <translation>rótulo</translation>
        </message>
        <message>
            <source>languages</source>
            <translation>idiomas</translation>
        </message>
        <message>
            <source>link</source>
            <translation>link</translation>
        </message>
        <message>
            <source>location</source>
            <translation>localização</translation>
        </message>
        <message>
            <source>maximum rate</source>
            <translation>taxa máxima</translation>
        </message>
        <message>
            <source>message</source>
            <translation>mensagem</translation>
        </message>
        <message>
            <source>milestone</source>
            <translation>etapa</translation>
        </message>
        <message>
            <source>my_working_hours</source>
            <translation>meu horário de trabalho</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nome</translation>
        </message>
        <message>
            <source>new end date</source>
            <translation>nova data de término</translation>
        </message>
        <message>
            <source>note</source>
            <translation>observação</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notas</translation>
        </message>
        <message>
            <source>original budget</source>
            <translation>orçamento original</translation>
        </message>
        <message>
            <source>overlap</source>
            <translation>sobreposição</translation>
        </message>
        <message>
            <source>paid on</source>
            <translation>pago em</translation>
        </message>
        <message>
            <source>passphrase</source>
            <translation>frase secreta</translation>
        </message>
        <message>
            <source>payment</source>
            <translation>pagamento</translation>
        </message>
        <message>
            <source>payment kind</source>
            <translation>tipo de pagamento</translation>
        </message>
        <message>
            <source>person</source>
            <translation>pessoa</translation>
        </message>
        <message>
            <source>platform</source>
            <translation>plataforma</translation>
        </message>
        <message>
            <source>preferred channel</source>
            <translation>canal preferido</translation>
        </message>
        <message>
            <source>quality</source>
            <translation>qualidade</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>taxa</translation>
        </message>
        <message>
            <source>ratings</source>
            <translation>notas</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>motivo</translation>
        </message>
        <message>
            <source>recommend</source>
            <translation>recomendação</translation>
        </message>
        <message>
            <source>renews</source>
            <translation>renova</translation>
        </message>
        <message>
            <source>repeat</source>
            <translation>repetição</translation>
        </message>
        <message>
            <source>review</source>
            <translation>avaliação</translation>
        </message>
        <message>
            <source>revoke by</source>
            <translation>revogar até</translation>
        </message>
        <message>
            <source>revoked on</source>
            <translation>revogado em</translation>
        </message>
        <message>
            <source>scope of work</source>
            <translation>escopo do trabalho</translation>
        </message>
        <message>
            <source>score</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>search</source>
            <translation>pesquisa</translation>
        </message>
        <message>
            <source>sensitivity</source>
            <translation>confidencialidade</translation>
        </message>
        <message>
            <source>skill</source>
            <translation>habilidade</translation>
        </message>
        <message>
            <source>skills</source>
            <translation>habilidades</translation>
        </message>
        <message>
            <source>snooze until</source>
            <translation>adiar até</translation>
        </message>
        <message>
            <source>sort</source>
            <translation>ordenação</translation>
        </message>
        <message>
            <source>source</source>
            <translation>fonte</translation>
        </message>
        <message>
            <source>start date</source>
            <translation>data de início</translation>
        </message>
        <message>
            <source>status</source>
            <translation>situação</translation>
        </message>
        <message>
            <source>stay-in-touch cadence</source>
            <translation>frequência de contato</translation>
        </message>
        <message>
            <source>system</source>
            <translation>sistema</translation>
        </message>
        <message>
            <source>talent</source>
            <translation>talento</translation>
        </message>
        <message>
            <source>tax_year_start</source>
            <translation>início do ano fiscal</translation>
        </message>
        <message>
            <source>test decision</source>
            <translation>decisão do teste</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>tier</source>
            <translation>nível</translation>
        </message>
        <message>
            <source>time worked</source>
            <translation>tempo trabalhado</translation>
        </message>
        <message>
            <source>time zone</source>
            <translation>fuso horário</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>weekly limit</source>
            <translation>limite semanal</translation>
        </message>
        <message>
            <source>weekly payment</source>
            <translation>pagamento semanal</translation>
        </message>
        <message>
            <source>what you appreciated</source>
            <translation>o que você valorizou</translation>
        </message>
        <message>
            <source>when</source>
            <translation>quando</translation>
        </message>
        <message>
            <source>who asked</source>
            <translation>quem pediu</translation>
        </message>
        <message>
            <source>who sets the hours</source>
            <translation>quem define o horário</translation>
        </message>
        <message>
            <source>who sets the place</source>
            <translation>quem define o local</translation>
        </message>
        <message>
            <source>who supplies the equipment</source>
            <translation>quem fornece o equipamento</translation>
        </message>
        <message>
            <source>why</source>
            <translation>motivo</translation>
        </message>
        <message>
            <source>why it ended</source>
            <translation>motivo do fim</translation>
        </message>
        <message>
            <source>working hours end</source>
            <translation>fim do horário de trabalho</translation>
        </message>
        <message>
            <source>working hours start</source>
            <translation>início do horário de trabalho</translation>
        </message>
        <message>
            <source>would rehire</source>
            <translation>recontrataria</translation>
        </message>
        <message>
            <source>year</source>
            <translation>ano</translation>
        </message>
    </context>
    <context>
        <name>fmt</name>
        <message>
            <source>In your home currency, each payment at the rate of its date (Tools → Settings…)</source>
            <translation>Na sua moeda principal, cada pagamento pela taxa da sua data (Ferramentas → Configurações…)</translation>
        </message>
        <message>
            <source>Working now</source>
            <translation>Trabalhando agora</translation>
        </message>
        <message>
            <source>working now</source>
            <translation>trabalhando agora</translation>
        </message>
        <message>
            <source>outside their hours</source>
            <translation>fora do expediente</translation>
        </message>
        <message>
            <source>{zone}: works {hours}, {state}</source>
            <translation>{zone}: trabalha {hours}, {state}</translation>
        </message>
        <message numerus="yes">
            <source>Average of %n private review(s)</source>
            <translation>
                <numerusform>Média de %n avaliação privada</numerusform>
                <numerusform>Média de %n avaliações privadas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Them</source>
            <translation>A pessoa</translation>
        </message>
        <message>
            <source>Feedback given</source>
            <translation>Feedback dado</translation>
        </message>
        <message>
            <source>Feedback received</source>
            <translation>Feedback recebido</translation>
        </message>
        <message>
            <source>Private review</source>
            <translation>Avaliação privada</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Ativo</translation>
        </message>
        <message>
            <source>On the bench</source>
            <translation>No banco</translation>
        </message>
        <message>
            <source>Trial</source>
            <translation>Em teste</translation>
        </message>
        <message>
            <source>Do not rehire</source>
            <translation>Não recontratar</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Arquivado</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Chamada</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videochamada</translation>
        </message>
        <message>
            <source>Recorded video</source>
            <translation>Vídeo gravado</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <source>Hourly</source>
            <translation>Por hora</translation>
        </message>
        <message>
            <source>Fixed price</source>
            <translation>Preço fixo</translation>
        </message>
        <message>
            <source>Retainer</source>
            <translation>Retainer</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Rascunho</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Oferecido</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausado</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Encerrado</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Data de término</translation>
        </message>
        <message>
            <source>Weekly limit</source>
            <translation>Limite semanal</translation>
        </message>
        <message>
            <source>Milestone added</source>
            <translation>Etapa adicionada</translation>
        </message>
        <message>
            <source>Milestone edited</source>
            <translation>Etapa editada</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bônus</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Taxa</translation>
        </message>
        <message>
            <source>Weekly payment</source>
            <translation>Pagamento semanal</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Retomado</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendente</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Enviada</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprovada</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paga</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Tarifa</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Reembolso</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Corrigido</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Removido</translation>
        </message>
        <message>
            <source>Sent to them</source>
            <translation>Enviado à pessoa</translation>
        </message>
        <message>
            <source>Received from them</source>
            <translation>Recebido da pessoa</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Confidencial</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Secreto</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acordo</translation>
        </message>
        <message>
            <source>NDA</source>
            <translation>NDA</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Seguro</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Fatura</translation>
        </message>
        <message>
            <source>Tax form</source>
            <translation>Formulário fiscal</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>Identidade</translation>
        </message>
        <message>
            <source>Deliverable</source>
            <translation>Entregável</translation>
        </message>
        <message>
            <source>Given to them</source>
            <translation>Dado à pessoa</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>Maybe</source>
            <translation>Talvez</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>Praise</source>
            <translation>Elogio</translation>
        </message>
        <message>
            <source>Testimonial asked for</source>
            <translation>Depoimento solicitado</translation>
        </message>
        <message>
            <source>Testimonial received</source>
            <translation>Depoimento recebido</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Indicação</translation>
        </message>
        <message>
            <source>Bonus as thanks</source>
            <translation>Bônus de agradecimento</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Acesso</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Equipamento</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Leitura</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Escrita</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Administrador</translation>
        </message>
        <message>
            <source>Revoke access</source>
            <translation>Revogar acesso</translation>
        </message>
        <message>
            <source>Get deliverables back</source>
            <translation>Recuperar entregáveis</translation>
        </message>
        <message>
            <source>Recover equipment</source>
            <translation>Recuperar equipamento</translation>
        </message>
        <message>
            <source>Ask them to delete my data</source>
            <translation>Pedir que excluam meus dados</translation>
        </message>
        <message>
            <source>Leave feedback</source>
            <translation>Deixar feedback</translation>
        </message>
        <message>
            <source>I did</source>
            <translation>Eu</translation>
        </message>
        <message>
            <source>They did</source>
            <translation>A pessoa</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Eu</translation>
        </message>
        <message>
            <source>Hire</source>
            <translation>Contratar</translation>
        </message>
        <message>
            <source>Do not hire</source>
            <translation>Não contratar</translation>
        </message>
        <message>
            <source>Snoozed</source>
            <translation>Adiado</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Dispensado</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Concluído</translation>
        </message>
        <message>
            <source>Acted on</source>
            <translation>Ação tomada</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensagem</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunião</translation>
        </message>
        <message>
            <source>Low risk</source>
            <translation>Risco baixo</translation>
        </message>
        <message>
            <source>Medium risk</source>
            <translation>Risco médio</translation>
        </message>
        <message>
            <source>High risk</source>
            <translation>Risco alto</translation>
        </message>
        <message>
            <source>Contract started</source>
            <translation>Contrato iniciado</translation>
        </message>
        <message>
            <source>Contract renewed</source>
            <translation>Contrato renovado</translation>
        </message>
        <message>
            <source>Contract ended</source>
            <translation>Contrato encerrado</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Acompanhamento</translation>
        </message>
        <message>
            <source>Praise sent</source>
            <translation>Elogio enviado</translation>
        </message>
        <message>
            <source>Referral made</source>
            <translation>Indicação feita</translation>
        </message>
        <message>
            <source>Thank-you bonus</source>
            <translation>Bônus de agradecimento</translation>
        </message>
        <message>
            <source>Bonus paid</source>
            <translation>Bônus pago</translation>
        </message>
        <message>
            <source>Rate changed</source>
            <translation>Taxa alterada</translation>
        </message>
        <message>
            <source>Scope changed</source>
            <translation>Escopo alterado</translation>
        </message>
        <message>
            <source>As my region writes them</source>
            <translation>Como a minha região escreve</translation>
        </message>
        <message>
            <source>International (ISO 8601)</source>
            <translation>Internacional (ISO 8601)</translation>
        </message>
        <message>
            <source>Day first, with slashes</source>
            <translation>Dia primeiro, com barras</translation>
        </message>
        <message>
            <source>Month first, with slashes</source>
            <translation>Mês primeiro, com barras</translation>
        </message>
        <message>
            <source>Day first, with dots</source>
            <translation>Dia primeiro, com pontos</translation>
        </message>
        <message>
            <source>The one my region uses</source>
            <translation>O que a minha região usa</translation>
        </message>
        <message>
            <source>A4 (210 × 297 mm)</source>
            <translation>A4 (210 × 297 mm)</translation>
        </message>
        <message>
            <source>US Letter (8.5 × 11 in)</source>
            <translation>Carta dos EUA (8,5 × 11 pol.)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Seguir o sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Escuro</translation>
        </message>
        <message>
            <source>{h} h</source>
            <translation>{h} h</translation>
        </message>
    </context>
    <context>
        <name>maintenance</name>
        <message>
            <source>Daily</source>
            <translation>Diária</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Mensal</translation>
        </message>
        <message>
            <source>Before an update of the program</source>
            <translation>Antes de uma atualização do programa</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Antes de uma restauração</translation>
        </message>
        <message>
            <source>Before a change of passphrase</source>
            <translation>Antes de uma troca de frase secreta</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Cópia</translation>
        </message>
    </context>
    <context>
        <name>money</name>
        <message>
            <source>Paid to them</source>
            <translation>Pago à pessoa</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Tarifas</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Reembolsos</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>Custo total</translation>
        </message>
        <message>
            <source>What reached them: hourly, milestone, bonus, weekly and other payments</source>
            <translation>O que chegou à pessoa: pagamentos por hora, de etapas, bônus, semanais e outros</translation>
        </message>
        <message>
            <source>What the platform kept: service, processing and tax fees</source>
            <translation>O que a plataforma reteve: tarifas de serviço e de processamento, e impostos</translation>
        </message>
        <message>
            <source>Money that came back to you</source>
            <translation>Dinheiro que voltou para você</translation>
        </message>
        <message>
            <source>Paid to them + fees − refunds</source>
            <translation>Pago à pessoa + tarifas − reembolsos</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Discard changes?</source>
            <translation>Descartar alterações?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Continuar editando</translation>
        </message>
    </context>
    <context>
        <name>review_rules</name>
        <message>
            <source>Access still open</source>
            <translation>Acesso ainda em aberto</translation>
        </message>
        <message>
            <source>Systems access or equipment not yet recovered after a contract ended.</source>
            <translation>Acesso a sistemas ou equipamento ainda não recuperado após o fim de um contrato.</translation>
        </message>
        <message>
            <source>The contract ended on {end_date}, {days_ago} ago, and access is still open: {systems}.</source>
            <translation>O contrato terminou em {end_date}, há {days_ago}, e o acesso ainda está aberto: {systems}.</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Fim</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>Ainda em aberto</translation>
        </message>
        <message>
            <source>Days of grace after the end</source>
            <translation>Dias de tolerância após o fim</translation>
        </message>
        <message>
            <source>days</source>
            <translation>dias</translation>
        </message>
        <message>
            <source>Offboarding open</source>
            <translation>Desligamento em aberto</translation>
        </message>
        <message>
            <source>Checklist items left open when a contract ended: deliverables, equipment, deleting your data.</source>
            <translation>Itens da lista de desligamento deixados em aberto quando um contrato terminou: entregáveis, equipamento, exclusão dos seus dados.</translation>
        </message>
        <message>
            <source>The contract ended on {end_date}, {days_ago} ago; still open: {items}.</source>
            <translation>O contrato terminou em {end_date}, há {days_ago}; ainda em aberto: {items}.</translation>
        </message>
        <message>
            <source>Revoke by</source>
            <translation>Prazo de revogação</translation>
        </message>
        <message>
            <source>Access or equipment kept past the day it was to be revoked or returned.</source>
            <translation>Acesso ou equipamento mantido além do dia em que devia ser revogado ou devolvido.</translation>
        </message>
        <message>
            <source>Access to {system} was to be revoked by {revoke_by}, {days_over} ago.</source>
            <translation>O acesso a {system} devia ter sido revogado até {revoke_by}, há {days_over}.</translation>
        </message>
        <message>
            <source>{system} was to be returned by {revoke_by}, {days_over} ago.</source>
            <translation>{system} devia ter sido devolvido até {revoke_by}, há {days_over}.</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <source>Contract ending</source>
            <translation>Contrato perto do fim</translation>
        </message>
        <message>
            <source>A running contract ends soon (or its end date has passed).</source>
            <translation>Um contrato em andamento termina em breve (ou a data de término já passou).</translation>
        </message>
        <message>
            <source>Ends on {end_date}, in {days_left}: renew it, extend it or let it end.</source>
            <translation>Termina em {end_date}, daqui a {days_left}: renove, estenda ou deixe terminar.</translation>
        </message>
        <message>
            <source>Its end date {end_date} passed {days_ago} ago but it is still running: end it or extend it.</source>
            <translation>A data de término ({end_date}) passou há {days_ago}, mas o contrato continua em andamento: encerre-o ou estenda-o.</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Data de término</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Warn this many days before the end</source>
            <translation>Dias de aviso antes do fim</translation>
        </message>
        <message>
            <source>Feedback owed</source>
            <translation>Feedback pendente</translation>
        </message>
        <message>
            <source>Feedback owed on a contract that ended within the window, or a private review missing on any ended contract.</source>
            <translation>Feedback pendente de um contrato encerrado dentro do prazo, ou avaliação privada faltando em qualquer contrato encerrado.</translation>
        </message>
        <message>
            <source>Ended on {end_date}: feedback is owed ({days_left} left in the window) and the private review is missing.</source>
            <translation>Encerrado em {end_date}: o feedback está pendente (restam {days_left} no prazo) e falta a avaliação privada.</translation>
        </message>
        <message>
            <source>Ended on {end_date}: feedback is owed; {days_left} left in the window.</source>
            <translation>Encerrado em {end_date}: o feedback está pendente; restam {days_left} no prazo.</translation>
        </message>
        <message>
            <source>Ended on {end_date}: the private review (for your eyes only) is missing.</source>
            <translation>Encerrado em {end_date}: falta a avaliação privada (só para você).</translation>
        </message>
        <message>
            <source>Days left to leave feedback</source>
            <translation>Dias restantes para deixar feedback</translation>
        </message>
        <message>
            <source>Feedback window after the end</source>
            <translation>Prazo para feedback após o fim</translation>
        </message>
        <message>
            <source>Milestone overdue</source>
            <translation>Etapa atrasada</translation>
        </message>
        <message>
            <source>A milestone past its due date, not yet approved.</source>
            <translation>Uma etapa com o vencimento já passado e ainda não aprovada.</translation>
        </message>
        <message>
            <source>Milestone “{milestone}” was due on {due_on}, {days_over} ago.</source>
            <translation>A etapa “{milestone}” venceu em {due_on}, há {days_over}.</translation>
        </message>
        <message>
            <source>Milestone “{milestone}” was submitted and waits for your approval; it was due on {due_on}.</source>
            <translation>A etapa “{milestone}” foi entregue e aguarda a sua aprovação; ela vencia em {due_on}.</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vencimento</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Days of grace after the due date</source>
            <translation>Dias de tolerância após o vencimento</translation>
        </message>
        <message>
            <source>Milestone to approve</source>
            <translation>Etapa a aprovar</translation>
        </message>
        <message>
            <source>A milestone submitted and waiting for your approval; the marketplace releases a fixed-price milestone by itself 14 days after it was submitted.</source>
            <translation>Uma etapa entregue que aguarda a sua aprovação; o marketplace libera sozinho uma etapa de preço fixo 14 dias após a entrega.</translation>
        </message>
        <message>
            <source>“{milestone}” was submitted on {submitted_on} and waits for your approval; the marketplace releases it automatically on {releases_on}, in {days_left}.</source>
            <translation>A etapa “{milestone}” foi entregue em {submitted_on} e aguarda a sua aprovação; o marketplace a libera automaticamente em {releases_on}, daqui a {days_left}.</translation>
        </message>
        <message>
            <source>“{milestone}” was submitted on {submitted_on} and never approved here: the marketplace released it automatically on {releases_on}. Record the approval.</source>
            <translation>A etapa “{milestone}” foi entregue em {submitted_on} e nunca aprovada aqui: o marketplace a liberou automaticamente em {releases_on}. Registre a aprovação.</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Enviada</translation>
        </message>
        <message>
            <source>Released automatically on</source>
            <translation>Liberada automaticamente em</translation>
        </message>
        <message>
            <source>Ask this many days after the submission</source>
            <translation>Dias após o envio para perguntar</translation>
        </message>
        <message>
            <source>Question unanswered</source>
            <translation>Pergunta sem resposta</translation>
        </message>
        <message>
            <source>A message from them with no answer from you for more than a working day (counted in the working hours of both sides, weekends left out).</source>
            <translation>Uma mensagem da pessoa sem resposta sua por mais de um dia útil (contado no horário de trabalho dos dois lados, sem contar fins de semana).</translation>
        </message>
        <message>
            <source>They wrote on {asked_on} and have waited {waiting_minutes} of working time for an answer: “{question}”</source>
            <translation>A pessoa escreveu em {asked_on} e aguarda há {waiting_minutes} de tempo útil por uma resposta: “{question}”</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>Perguntado em</translation>
        </message>
        <message>
            <source>Waiting (working time)</source>
            <translation>Espera (tempo útil)</translation>
        </message>
        <message>
            <source>Ask after this many working hours</source>
            <translation>Horas úteis até perguntar</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>horas</translation>
        </message>
        <message>
            <source>Weekly hours</source>
            <translation>Horas semanais</translation>
        </message>
        <message>
            <source>Hours logged this week near or over the weekly limit (hours over the limit are paid as a bonus).</source>
            <translation>Horas registradas nesta semana perto ou acima do limite semanal (as horas acima do limite são pagas como bônus).</translation>
        </message>
        <message>
            <source>{used_minutes} logged this week of a {limit_minutes} limit ({used_percent}). Raise the limit or slow down.</source>
            <translation>{used_minutes} registradas nesta semana de um limite de {limit_minutes} ({used_percent}). Aumente o limite ou diminua o ritmo.</translation>
        </message>
        <message>
            <source>{used_minutes} logged this week, over the {limit_minutes} limit ({used_percent}): the extra hours are paid as a bonus.</source>
            <translation>{used_minutes} registradas nesta semana, acima do limite de {limit_minutes} ({used_percent}): as horas extras são pagas como bônus.</translation>
        </message>
        <message>
            <source>Week of</source>
            <translation>Semana de</translation>
        </message>
        <message>
            <source>Logged</source>
            <translation>Registradas</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Limite</translation>
        </message>
        <message>
            <source>Warn at this share of the weekly limit</source>
            <translation>Avisar a partir desta porcentagem do limite semanal</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Retainer</source>
            <translation>Retainer</translation>
        </message>
        <message>
            <source>A retainer used far below what it buys, or due for renewal.</source>
            <translation>Um retainer usado muito abaixo do que ele compra, ou com renovação próxima.</translation>
        </message>
        <message>
            <source>Over the last {weeks} weeks they logged {logged_minutes} of the {bought_minutes} the retainer buys ({used_percent}, below {percent}).</source>
            <translation>Nas últimas {weeks} semanas, a pessoa registrou {logged_minutes} das {bought_minutes} que o retainer compra ({used_percent}, abaixo de {percent}).</translation>
        </message>
        <message>
            <source>The retainer ends on {end_date}: renew it (a new contract) or let it end.</source>
            <translation>O retainer termina em {end_date}: renove-o (um novo contrato) ou deixe-o terminar.</translation>
        </message>
        <message>
            <source>Under-used ({used_percent} of the hours it buys over {weeks} weeks) and due for renewal on {end_date}.</source>
            <translation>Pouco usado ({used_percent} das horas que compra em {weeks} semanas) e com renovação em {end_date}.</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Contratadas</translation>
        </message>
        <message>
            <source>Weekly payment</source>
            <translation>Pagamento semanal</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Término</translation>
        </message>
        <message>
            <source>Under-used below this share of the hours bought</source>
            <translation>Pouco uso: abaixo desta porcentagem das horas contratadas</translation>
        </message>
        <message>
            <source>Over the last</source>
            <translation>Período de análise</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semanas</translation>
        </message>
        <message>
            <source>Renewal due this many days before the end</source>
            <translation>Dias antes do fim para a renovação</translation>
        </message>
        <message>
            <source>Test project</source>
            <translation>Projeto de teste</translation>
        </message>
        <message>
            <source>A test project ended with no hiring decision.</source>
            <translation>Um projeto de teste terminou sem decisão de contratação.</translation>
        </message>
        <message>
            <source>The test project ended on {end_date}, {days_ago} ago, with no decision: hire or not?</source>
            <translation>O projeto de teste terminou em {end_date}, há {days_ago}, sem decisão: contratar ou não?</translation>
        </message>
        <message>
            <source>Ask this many days after the end</source>
            <translation>Dias após o fim para perguntar</translation>
        </message>
        <message>
            <source>Document expiring</source>
            <translation>Documento vencendo</translation>
        </message>
        <message>
            <source>An agreement, insurance or other document expiring soon.</source>
            <translation>Um acordo, seguro ou outro documento que vence em breve.</translation>
        </message>
        <message>
            <source>“{document}” expires on {expires_on}, in {days_left}.</source>
            <translation>“{document}” vence em {expires_on}, daqui a {days_left}.</translation>
        </message>
        <message>
            <source>“{document}” expired on {expires_on}, {days_ago} ago.</source>
            <translation>“{document}” venceu em {expires_on}, há {days_ago}.</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Validade</translation>
        </message>
        <message>
            <source>Warn this many days before expiry</source>
            <translation>Dias de aviso antes do vencimento</translation>
        </message>
        <message>
            <source>Rate revisit</source>
            <translation>Revisão de taxa</translation>
        </message>
        <message>
            <source>The rate of someone you work with now was not revisited for a long time.</source>
            <translation>A taxa de alguém com quem você trabalha agora não é revista há muito tempo.</translation>
        </message>
        <message>
            <source>Their rate was last set on {last_revisit}, more than {months} months ago.</source>
            <translation>A taxa da pessoa foi definida pela última vez em {last_revisit}, há mais de {months} meses.</translation>
        </message>
        <message>
            <source>Last set</source>
            <translation>Última definição</translation>
        </message>
        <message>
            <source>Contract rate</source>
            <translation>Taxa do contrato</translation>
        </message>
        <message>
            <source>Revisit after</source>
            <translation>Revisar após</translation>
        </message>
        <message>
            <source>months</source>
            <translation>meses</translation>
        </message>
        <message>
            <source>Say thanks</source>
            <translation>Agradecer</translation>
        </message>
        <message>
            <source>A five-star review or an approved milestone with no appreciation since.</source>
            <translation>Uma avaliação de cinco estrelas ou uma etapa aprovada sem nenhum reconhecimento desde então.</translation>
        </message>
        <message>
            <source>You gave them five stars on {on} and have sent no appreciation since.</source>
            <translation>Você deu cinco estrelas em {on} e não enviou nenhum reconhecimento desde então.</translation>
        </message>
        <message>
            <source>You approved “{milestone}” on {on} and have sent no appreciation since.</source>
            <translation>Você aprovou a etapa “{milestone}” em {on} e não enviou nenhum reconhecimento desde então.</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Look back this many days</source>
            <translation>Período a considerar</translation>
        </message>
        <message>
            <source>Stay in touch</source>
            <translation>Manter contato</translation>
        </message>
        <message>
            <source>A favourite you have not been in touch with for longer than their stay-in-touch cadence (any message, call, meeting, feedback, check-in, thanks or payment resets it).</source>
            <translation>Um favorito com quem você não tem contato há mais tempo do que a frequência de contato definida (qualquer mensagem, ligação, reunião, feedback, acompanhamento, agradecimento ou pagamento reinicia a contagem).</translation>
        </message>
        <message>
            <source>No contact since {last_contact} ({days_ago}); you meant to be in touch every {cadence_days}.</source>
            <translation>Sem contato desde {last_contact} (há {days_ago}); a sua intenção era manter contato a cada {cadence_days}.</translation>
        </message>
        <message>
            <source>No contact logged since they were added on {last_contact}; you meant to be in touch every {cadence_days}.</source>
            <translation>Nenhum contato registrado desde que a pessoa foi adicionada, em {last_contact}; a sua intenção era manter contato a cada {cadence_days}.</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Último contato</translation>
        </message>
        <message>
            <source>Cadence</source>
            <translation>Frequência</translation>
        </message>
        <message>
            <source>Cadence when none is set for the person</source>
            <translation>Frequência quando a pessoa não tem uma definida</translation>
        </message>
        <message>
            <source>Classification risk</source>
            <translation>Risco de classificação</translation>
        </message>
        <message>
            <source>A running contract whose answers and data look like employment, or one never checked that has run six months or averages 30 hours a week.</source>
            <translation>Um contrato em andamento cujas respostas e dados se parecem com vínculo empregatício, ou um contrato nunca verificado que já dura seis meses ou tem média de 30 horas por semana.</translation>
        </message>
        <message>
            <source>Medium risk of looking like employment: {signals}.</source>
            <translation>Risco médio de parecer vínculo empregatício: {signals}.</translation>
        </message>
        <message>
            <source>High risk of looking like employment: {signals}.</source>
            <translation>Risco alto de parecer vínculo empregatício: {signals}.</translation>
        </message>
        <message>
            <source>Low risk: {signals}.</source>
            <translation>Risco baixo: {signals}.</translation>
        </message>
        <message>
            <source>Running for {tenure_days} at {avg_minutes} a week on average, and never checked: take the classification check.</source>
            <translation>Em andamento há {tenure_days}, com média de {avg_minutes} por semana, e nunca verificado: faça a verificação de classificação.</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risco</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Pontos</translation>
        </message>
        <message>
            <source>Days running</source>
            <translation>Tempo em andamento</translation>
        </message>
        <message>
            <source>Average a week</source>
            <translation>Média semanal</translation>
        </message>
        <message>
            <source>Show from this many risk points (3 medium, 6 high)</source>
            <translation>Mostrar a partir destes pontos de risco (3 médio, 6 alto)</translation>
        </message>
        <message>
            <source>points</source>
            <translation>pontos</translation>
        </message>
        <message>
            <source>Open the workroom</source>
            <translation>Abrir a sala de trabalho</translation>
        </message>
        <message>
            <source>Open the person</source>
            <translation>Abrir o perfil da pessoa</translation>
        </message>
        <message>
            <source>Renew…</source>
            <translation>Renovar…</translation>
        </message>
        <message>
            <source>Write the review…</source>
            <translation>Escrever a avaliação…</translation>
        </message>
        <message>
            <source>Mark access revoked</source>
            <translation>Marcar acesso como revogado</translation>
        </message>
        <message>
            <source>Log a raise…</source>
            <translation>Registrar aumento…</translation>
        </message>
        <message>
            <source>Send thanks…</source>
            <translation>Enviar agradecimento…</translation>
        </message>
        <message>
            <source>Log a call or message…</source>
            <translation>Registrar ligação ou mensagem…</translation>
        </message>
        <message>
            <source>Hire</source>
            <translation>Contratar</translation>
        </message>
        <message>
            <source>Don't hire</source>
            <translation>Não contratar</translation>
        </message>
        <message>
            <source>Classification check…</source>
            <translation>Verificação de classificação…</translation>
        </message>
        <message>
            <source>Mark the open items done</source>
            <translation>Marcar os itens em aberto como concluídos</translation>
        </message>
        <message>
            <source>Mark revoked or returned</source>
            <translation>Marcar como revogado ou devolvido</translation>
        </message>
    </context>
    <context>
        <name>text</name>
        <message>
            <source>Working with {name}</source>
            <translation>Trabalhando com {name}</translation>
        </message>
        <message>
            <source>Working with me</source>
            <translation>Trabalhando comigo</translation>
        </message>
        <message>
            <source>Figures from {start} to {end}</source>
            <translation>Números de {start} a {end}</translation>
        </message>
        <message>
            <source>How I work</source>
            <translation>Como eu trabalho</translation>
        </message>
        <message>
            <source>{start}–{end}, {days} ({zone})</source>
            <translation>{start}–{end}, {days} ({zone})</translation>
        </message>
        <message>
            <source>Monday to Friday</source>
            <translation>Segunda a sexta</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Horário de trabalho</translation>
        </message>
        <message>
            <source>Where I write</source>
            <translation>Onde eu me comunico</translation>
        </message>
        <message>
            <source>How I pay</source>
            <translation>Como eu pago</translation>
        </message>
        <message>
            <source>How long people stay</source>
            <translation>Quanto tempo as pessoas ficam</translation>
        </message>
        <message>
            <source>What professionals said</source>
            <translation>O que os profissionais disseram</translation>
        </message>
        <message>
            <source>No comment chosen to quote.</source>
            <translation>Nenhum comentário escolhido para citar.</translation>
        </message>
        <message>
            <source>— {name}, {stars} of 5, {date}</source>
            <translation>— {name}, {stars} de 5, {date}</translation>
        </message>
    </context>
</TS>