"""Brazilian mail: boards' confirmations in Portuguese (a card with "Vaga:" and "Empresa:", a subject that
names only the job), a board that relays the employer's message, an ATS that writes "em nome de iFood", and
decisions as Brazilian employers write them.  Every name and address was written for the kit."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.classify import classify

ME = "rowan.sato@example.net"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Status da sua candidatura", "Prezada Rowan,\n\nInformamos que, após análise do seu perfil, o processo seletivo "
         "seguirá com outros participantes. Sua candidatura permanecerá em nossa base.\n"),
        ("Retorno do processo seletivo", "Olá, Rowan!\n\nApós a análise dos perfis, a empresa Quarzo decidiu seguir com "
         "outros candidatos neste momento.\n"),
        ("Atualização – Designer | Agência", "Olá, Rowan!\n\nTive retorno do cliente: eles acabaram optando por um perfil "
         "com mais experiência em design de crédito, então o seu nome não vai seguir para as entrevistas.\n"),
        ("Atualização do seu processo seletivo", "Olá, Rowan,\n\nNesta oportunidade, a posição será ocupada por outra "
         "pessoa candidata.\n"),
        ("Retorno sobre Designer", "Oi, Rowan!\n\nA vaga passou por uma revisão de escopo e acabou sendo encerrada sem "
         "contratação neste momento.\n"),
        ("Retorno – processo seletivo", "Olá, Rowan!\n\nFizemos a análise dos perfis e seguimos com pessoas candidatas "
         "com mais vivência em produtos de plataforma.\n"),
    ],
)  # fmt: skip
def test_brazilian_decisions(subject, text):
    assert classify(subject, text).kind == "rejection"


def test_a_posting_that_closes_on_a_date_decides_nothing():
    text = "Olá, recebemos sua candidatura. A vaga será encerrada em 30/06 e depois entraremos em contato."
    assert classify("Recebemos sua candidatura", text).kind == "acknowledgement"


def test_brazilian_boards_confirm_and_relay(tmp_path):
    letters = [
        ("Catho <noreply@catho.com.br>", "Seu currículo foi enviado para a vaga de Designer de Produto Pleno",
         "Mon, 24 Mar 2025 10:12:30 -0300", "Olá, Rowan!\n\nSua candidatura foi enviada com sucesso.\n\nVaga: Designer "
         "de Produto Pleno\nEmpresa: Lumiar Tecnologia\nLocal: São Paulo - SP\n"),
        ("InfoJobs <noreply@infojobs.com.br>", "Sua inscrição na vaga UX Designer Pleno foi realizada",
         "Wed, 02 Apr 2025 21:07:44 -0300", "Olá Rowan,\n\nVocê se inscreveu na vaga:\n\nUX Designer Pleno\nSapatos "
         "Rápidos – São Paulo/SP\nInscrição realizada em 02/04/2025\n"),
        ("VAGAS.com.br <noreply@vagas.com.br>", "Candidatura realizada: Analista de UX Sr – Seguradora Aurora",
         "Tue, 27 May 2025 20:44:12 -0300", "Olá, Rowan,\n\nSua candidatura foi realizada com sucesso!\n\nVaga: Analista "
         "de UX Sr\nEmpresa: Seguradora Aurora\n"),
        ("VAGAS.com.br <noreply@vagas.com.br>", "Seguradora Aurora enviou uma mensagem sobre a vaga Analista de UX Sr",
         "Wed, 02 Jul 2025 15:22:08 -0300", "Olá, Rowan,\n\nA empresa Seguradora Aurora enviou uma mensagem referente ao "
         "processo seletivo Analista de UX Sr:\n\n\"Após análise das etapas realizadas, informamos que você não foi "
         "selecionada para prosseguir.\"\n"),
        ("Gupy <no-reply@gupy.com.br>", "uGarden | Sua candidatura para Product Designer Sr foi recebida",
         "Wed, 12 Feb 2025 08:09:21 -0300", "uGarden\nProduct Designer Sr\n\nOi, Rowan! Passando para confirmar que "
         "recebemos sua candidatura.\n\n—\nEste é um e-mail automático enviado pela Gupy em nome de uGarden. Por favor, "
         "não responda.\n"),
    ]  # fmt: skip
    apps, _ = mail_corpus.import_letters(tmp_path, ME, letters)
    by_company = dict(zip(apps["company"], apps["status"]))
    assert set(by_company) == {"Lumiar Tecnologia", "Sapatos Rápidos", "Seguradora Aurora", "uGarden"}
    assert by_company["Seguradora Aurora"] == "rejected"
