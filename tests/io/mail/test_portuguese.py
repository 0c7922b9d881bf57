"""Mail in Portuguese (words/pt.toml and the Portuguese phrases): decisions, process sentences, and a
Brazilian inbox sent through Gupy and Sólides imported into an empty tracker.  Every sentence was
written for the kit in the shapes Brazilian employers' and platforms' mail takes."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.classify import classify
from followup_kit.io.mail.importer import import_mail
from followup_kit.store.tracker import Tracker

ME = "lia.tavares@example.net"


def _letter(sentence: str) -> str:
    return f"Olá, Lia!\n\nAgradecemos sua participação no processo seletivo da Cerâmica Aurora. {sentence}\n\nAbraços,\nTime"


@pytest.mark.parametrize(
    "sentence",
    [
        "Depois de analisar todos os perfis, seguimos com outros candidatos mais próximos do que a vaga pede.",
        "Neste momento, optamos por dar continuidade com perfis mais aderentes à posição.",
        "Nesta oportunidade, outra pessoa candidata foi selecionada para a posição.",
        "Informamos que seu perfil não foi selecionado para as próximas etapas.",
        "Após as entrevistas, o processo foi finalizado com a escolha de outro perfil.",
        "Decidimos avançar com pessoas candidatas que possuem experiência mais próxima. Por isso, vamos encerrar sua "
        "candidatura por aqui.",
        "A vaga Analista de Dados, para a qual você se candidatou, foi cancelada pela área requisitante.",
        "Gostaríamos de informar que esta posição já foi preenchida.",
        "Foi selecionado um candidato cujo perfil atende de forma mais próxima às necessidades da área.",
        "Não seguiremos com a sua candidatura neste momento.",
    ],
)
def test_portuguese_decisions_are_confident_rejections(sentence):
    found = classify("Retorno do processo seletivo", _letter(sentence))
    assert (found.kind, found.confident) == ("rejection", True), found.reason


@pytest.mark.parametrize(
    "sentence",
    [
        # conditions, at a sentence's start ("você se candidatou" is no condition, "se o seu perfil" is)
        "Caso seu perfil não seja selecionado, ele ficará em nosso banco de talentos.",
        "Se o seu perfil estiver alinhado ao que buscamos, você receberá um convite para a próxima etapa.",
        "Se houver aderência com a vaga, faremos contato para agendar uma conversa.",
        # a deadline's warning and reassurance
        "Depois desse prazo, a empresa pode não considerar sua candidatura.",
        "Isso não significa que seu perfil não seja bom.",
    ],
)
def test_portuguese_process_sentences_decide_nothing(sentence):
    found = classify("Sua candidatura", _letter(sentence))
    assert not (found.kind in ("rejection", "offer", "interview_request") and found.confident), found.reason


@pytest.mark.parametrize(
    ("subject", "text", "kind"),
    [
        ("Recebemos sua candidatura", "Recebemos sua candidatura para a vaga Analista de Dados.", "acknowledgement"),
        ("Candidatura realizada com sucesso!", "Sua candidatura para Analista de BI foi realizada.", "acknowledgement"),
        ("Confirmação de candidatura", "Você se candidatou para a vaga Analista de BI na empresa Moinho Azul.",
         "acknowledgement"),
        ("Obrigado por se candidatar", "Obrigado por se candidatar na Moinho Azul!", "acknowledgement"),
        ("Convite para entrevista", "Gostaríamos de te convidar para uma entrevista com o gestor na quinta.",
         "interview_request"),
        ("Entrevista técnica", "Gostamos do seu perfil e queremos te chamar para uma entrevista técnica de 1h.",
         "interview_request"),
        ("Proposta - Analista de BI", "Temos o prazer de te enviar a proposta para a vaga de Analista de BI.", "offer"),
        ("Documentos", "Poderia nos enviar uma cópia do RG e do CPF até sexta?", "information_request"),
    ],
)  # fmt: skip
def test_portuguese_acknowledgements_invitations_offers_and_requests(subject, text, kind):
    found = classify(subject, text)
    assert (found.kind, found.confident) == (kind, True), found.reason


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Programa de Líderes 2025 - resultado", "Infelizmente, sua candidatura não avançou para a próxima fase. "
         "Esperamos que continue se inscrevendo nas nossas oportunidades de bolsa."),
        ("Sua proposta de crédito", "Infelizmente sua proposta de empréstimo não foi aprovada."),
    ],
)  # fmt: skip
def test_other_trades_in_portuguese_are_never_a_job_decision(subject, text):
    found = classify(subject, text)
    assert not (found.kind == "rejection" and found.confident), found.reason


def entry(ident, sender, subject, body, date):
    return {"id": ident, "label": "?", "sender": sender, "subject": subject, "body": body, "date": date}


GUPY_FOOTER = "\n\n--\nEste é um e-mail automático enviado pela plataforma Gupy em nome de {}. Por favor, não responda."
INBOX = {
    "me": [ME],
    "timezone": "America/Sao_Paulo",
    "applications": [],
    "contacts": [],
    "messages": [
        # a Gupy confirmation whose subject names only the role; the sender's name looks like a person's
        entry(
            "ack-gupy",
            "Banco Ipê Amarelo <no-reply@gupy.com.br>",
            "Recebemos sua candidatura: Analista de Dados Pleno",
            "Olá, Lia!\n\nRecebemos sua candidatura para a vaga Analista de Dados Pleno. Se o seu perfil estiver "
            "alinhado, você receberá um convite para a próxima etapa.\n\nBoa sorte!\nTime de Atração e Seleção | "
            "Banco Ipê Amarelo" + GUPY_FOOTER.format("Banco Ipê Amarelo"),
            "Mon, 03 Mar 2025 10:12:00 -0300",
        ),
        entry(
            "ack-solides",
            "Moinho Azul | Sólides Vagas <nao-responda@solides.com.br>",
            "Confirmação de candidatura - Analista de BI",
            "Olá, Lia Tavares!\n\nVocê se candidatou para a vaga Analista de BI na empresa Moinho Azul.\n\nStatus "
            "atual: Currículo em análise\n\nEquipe Sólides Vagas",
            "Tue, 04 Mar 2025 14:00:00 -0300",
        ),
        entry(
            "rejection",
            "Banco Ipê Amarelo <no-reply@gupy.com.br>",
            "Atualização sobre sua candidatura no Banco Ipê Amarelo",
            "Oi, Lia, tudo bem?\n\nDepois de analisar com carinho todos os perfis, seguimos com outros candidatos "
            "cujas experiências estão mais próximas do que a posição pede neste momento.\n\nUm abraço,\nTime de "
            "Atração e Seleção | Banco Ipê Amarelo" + GUPY_FOOTER.format("Banco Ipê Amarelo"),
            "Fri, 21 Mar 2025 16:30:00 -0300",
        ),
        entry(
            "tests-pending",
            "Gupy <no-reply@gupy.com.br>",
            "Lia, você tem testes pendentes na vaga Analista de BI",
            "Olá, Lia!\n\nNotamos que você ainda não concluiu os testes da sua candidatura para Analista de BI no "
            "Moinho Azul.\n\nO prazo termina em 27/03/2025. Depois disso, a empresa pode não considerar sua "
            "candidatura." + GUPY_FOOTER.format("Moinho Azul"),
            "Sat, 22 Mar 2025 09:00:00 -0300",
        ),
        entry(
            "loan",
            "Banco Digital <contato@bancodigital.example>",
            "Sua proposta de crédito",
            "Infelizmente sua proposta de empréstimo não foi aprovada nesta análise.",
            "Mon, 24 Mar 2025 09:00:00 -0300",
        ),
    ],
}


def test_a_brazilian_inbox_builds_its_applications_and_records_only_their_decision(tmp_path):
    box = mail_corpus.write_mbox(tmp_path / "inbox.mbox", INBOX)
    with Tracker.create(tmp_path / "t.sqlite", timezone="America/Sao_Paulo") as empty:
        import_mail(empty, box, me=ME, create_applications=True)
        apps = empty.applications.sort_values("company")
        assert apps[["company", "role"]].values.tolist() == [
            ["Banco Ipê Amarelo", "Analista de Dados Pleno"],
            ["Moinho Azul", "Analista de BI"],
        ]
        events = empty.events.merge(empty.applications[["application_id", "company"]], on="application_id")
        assert list(zip(events["company"], events["kind"], events["on"].astype(str))) == [
            ("Banco Ipê Amarelo", "rejection", "2025-03-21")
        ]
