"""The Russian reader's agreements: what was signed and the field of each, in words no corpus article uses."""

from django.test import SimpleTestCase

from relations_plugin.extraction import suggest_package
from relations_plugin.extraction.russian import _ru_sphere


def agreements(text: str) -> list[tuple[str, str]]:
    return [(a.title, a.sphere) for a in suggest_package(text).agreements]


class SphereOfTitleTests(SimpleTestCase):
    """The field of a document from its title, when the title names it by an office, a firm or a work."""

    def test_a_ministry_by_its_short_name_names_the_field(self):
        self.assertEqual(
            _ru_sphere("Соглашение между МЧС Нарнии и профильным ведомством Лилипутии"), "civil_protection"
        )
        self.assertEqual(_ru_sphere("Соглашение между Минздравами двух стран"), "health")
        self.assertEqual(_ru_sphere("Меморандум между Минсельхозом и аграрным ведомством"), "agriculture")

    def test_guarding_a_border_is_security_and_a_border_post_stays_customs(self):
        self.assertEqual(
            _ru_sphere("Соглашение о сотрудничестве в области охраны государственной границы"), "security"
        )
        self.assertEqual(_ru_sphere("Протокол о модернизации пункта пропуска на границе"), "customs")

    def test_gas_carried_across_a_country_is_energy_and_goods_in_transit_stay_transport(self):
        self.assertEqual(_ru_sphere("Соглашение о транзите природного газа через территорию страны"), "energy")
        self.assertEqual(_ru_sphere("Соглашение о транзите грузов через территорию страны"), "transport")

    def test_electronics_is_not_electricity(self):
        self.assertEqual(_ru_sphere("Протокол о взаимном признании электронных подписей"), "digital")
        self.assertEqual(_ru_sphere("Меморандум в области электронного правительства"), "digital")
        self.assertEqual(_ru_sphere("Соглашение о строительстве линии электропередачи"), "energy")
        self.assertEqual(_ru_sphere("Контракт на поставку грузовых электровозов"), "transport")

    def test_a_firm_in_marks_is_not_the_field_when_the_words_around_it_name_one(self):
        self.assertEqual(_ru_sphere("Соглашение группы «Автогаз» о выпуске туристических автобусов"), "tourism")
        self.assertEqual(_ru_sphere("Меморандум с компанией «Северный газ»"), "energy")

    def test_oil_and_gas_firms_named_in_one_word_and_product_sharing_are_energy(self):
        self.assertEqual(_ru_sphere("Меморандум между «Южнефтегазом» и партнером"), "energy")
        self.assertEqual(_ru_sphere("Соглашение о разделе продукции по проекту «Синее поле»"), "energy")
        self.assertEqual(_ru_sphere("Соглашение о работе на шельфе"), "energy")
        self.assertEqual(_ru_sphere("Соглашение с сетью магазинов о поставках одежды"), "trade")

    def test_a_bank_named_in_one_word_is_finance(self):
        self.assertEqual(_ru_sphere("Меморандум Стройбанка с агентством партнерства"), "finance")

    def test_a_plant_built_by_a_partner_is_an_investment_whatever_it_makes(self):
        self.assertEqual(_ru_sphere("Соглашение о строительстве завода по производству аккумуляторов"), "investment")
        self.assertEqual(_ru_sphere("Соглашение о строительстве солнечной электростанции"), "energy")

    def test_mineral_fertiliser_is_not_mining(self):
        self.assertEqual(_ru_sphere("Соглашение о поставках минеральных удобрений"), "agriculture")
        self.assertEqual(_ru_sphere("Меморандум о разведке минеральных ресурсов"), "mining")

    def test_a_chamber_of_parliament_is_political(self):
        self.assertEqual(_ru_sphere("Меморандум между Советом Федерации и сенатом"), "political")
        self.assertEqual(_ru_sphere("Меморандум между комитетами Государственной Думы и палаты"), "political")

    def test_fields_named_by_their_usual_words(self):
        self.assertEqual(_ru_sphere("Соглашение о социальном обеспечении"), "labour")
        self.assertEqual(_ru_sphere("Меморандум о сотрудничестве в рамках инициативы «Пояс и путь»"), "infrastructure")
        self.assertEqual(_ru_sphere("Меморандум о строительстве ветроэлектростанции"), "energy")
        self.assertEqual(_ru_sphere("Соглашение между национальными библиотеками"), "culture")
        self.assertEqual(_ru_sphere("План работы двустороннего делового совета"), "trade")
        self.assertEqual(_ru_sphere("Меморандум о противодействии гибридным угрозам"), "security")
        self.assertEqual(_ru_sphere("Меморандум о низкоуглеродном развитии"), "environment")
        self.assertEqual(_ru_sphere("Документ о совместном проекте по производству кормов"), "agriculture")
        self.assertEqual(_ru_sphere("Соглашение о ветеринарии"), "agriculture")

    def test_olympic_committees_broadcasters_and_prosecutors_name_their_fields(self):
        self.assertEqual(_ru_sphere("Меморандум между олимпийскими комитетами Нарнии и Лилипутии"), "sport")
        self.assertEqual(_ru_sphere("Соглашение между государственными телерадиокомпаниями"), "media")
        self.assertEqual(_ru_sphere("Протокол между генеральными прокуратурами двух стран"), "justice")
        # the topic after the parties still names the field
        self.assertEqual(_ru_sphere("Соглашение между телеканалами о сотрудничестве в сфере туризма"), "tourism")

    def test_rivers_water_supply_nature_and_plant_protection_name_their_fields(self):
        self.assertEqual(_ru_sphere("Соглашение о совместном использовании трансграничных водотоков"), "water")
        self.assertEqual(_ru_sphere("Меморандум о модернизации водоснабжения и водоотведения"), "water")
        self.assertEqual(_ru_sphere("Протокол о сотрудничестве в области охраны природы"), "environment")
        self.assertEqual(_ru_sphere("Меморандум о сохранении биоразнообразия"), "environment")
        self.assertEqual(_ru_sphere("Соглашение о карантине и защите растений"), "agriculture")
        # natural gas is no nature, a river crossed by a bridge no water
        self.assertEqual(_ru_sphere("Соглашение о поставках природного газа"), "energy")
        self.assertNotEqual(_ru_sphere("Меморандум о ремонте моста через реку"), "water")

    def test_a_party_named_with_by_does_not_hide_the_topic_after_about(self):
        self.assertEqual(
            _ru_sphere(
                "Меморандум между Комитетом по делам религий Нарнии и Агентством по политическим вопросам "
                "Лилипутии о сотрудничестве в области туризма"
            ),
            "tourism",
        )
        # with no topic after "о" the words after the party's "по" still name the field
        self.assertEqual(_ru_sphere("Меморандум между агентствами по туризму двух стран"), "tourism")

    def test_a_joint_statement_after_an_adjective_is_political(self):
        self.assertEqual(_ru_sphere("Итоговое совместное заявление лидеров"), "political")
        self.assertEqual(_ru_sphere("Итоговое соглашение"), "other")


class SignedSphereTests(SimpleTestCase):
    def test_a_signed_document_takes_the_field_of_its_office(self):
        text = (
            " date 2024-06-03 Минск, 3 июня.\n\n"
            "Президенты провели переговоры. По их итогам подписано соглашение между МЧС Нарнии и профильным "
            "ведомством Лилипутии.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["civil_protection"])


class ListedDocumentTests(SimpleTestCase):
    def test_a_signers_line_under_an_item_does_not_end_the_list(self):
        text = (
            " date 2024-06-03 Москва, 3 июня.\n\n"
            "Президенты провели переговоры.\n\n"
            "Документы, подписанные в ходе визита\n\n"
            "1. Соглашение о сотрудничестве в области здравоохранения.\n\n"
            "Подписали: Министр здравоохранения А.Петров и Министр здравоохранения Б.Сидоров.\n\n"
            "2. Меморандум о сотрудничестве в области туризма.\n\n"
            "Подписали: Министр экономики В.Орлов и Министр туризма Г.Лебедев.\n\n"
            "3. Соглашение о сотрудничестве между информационными агентствами двух стран.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["health", "tourism", "media"])

    def test_a_line_of_prose_after_the_list_still_ends_it(self):
        text = (
            " date 2024-06-03 Москва, 3 июня.\n\n"
            "Президенты провели переговоры.\n\n"
            "Документы, подписанные в ходе визита\n\n"
            "1. Соглашение о сотрудничестве в области здравоохранения.\n\n"
            "Министры обсудили сотрудничество в области туризма.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["health"])


class DocumentsInProseTests(SimpleTestCase):
    def test_a_range_of_fields_gives_a_document_for_each_end(self):
        text = (
            " date 2024-06-03 Ханой, 3 июня.\n\n"
            "Стороны подписали соглашение о сотрудничестве в области образования и ряд межведомственных "
            "меморандумов — от рыболовства до туризма.\n"
        )
        self.assertEqual(sorted(s for _, s in agreements(text)), ["agriculture", "education", "tourism"])

    def test_a_range_of_years_is_no_field(self):
        text = " date 2024-06-03 Ханой, 3 июня.\n\nСтороны подписали ряд меморандумов — от 2024 до 2026 года.\n"
        self.assertEqual(agreements(text), [])

    def test_what_the_package_holds_starts_a_new_clause(self):
        text = (
            " date 2024-06-03 Ханой, 3 июня.\n\n"
            "Всего подписали семь документов. Помимо соглашения о расчетах в национальных валютах, в пакет вошли "
            "меморандум о сотрудничестве в сфере геологии и программа сотрудничества в области культуры.\n"
        )
        self.assertEqual(sorted(s for _, s in agreements(text)), ["culture", "finance", "mining"])
        self.assertIn("Соглашение о расчетах в национальных валютах", [t for t, _ in agreements(text)])


class CompanyDealTests(SimpleTestCase):
    HEAD = (
        " date 2024-06-03 Ташкент, 3 июня.\n\n"
        "По итогам переговоров министры подписали соглашение о сотрудничестве в области туризма.\n\n"
    )

    def test_two_named_firms_that_agree_on_a_supply_strike_a_deal(self):
        text = self.HEAD + "Холдинг «Ромашка» и компания Acme Steel договорились о поставках стального проката.\n"
        self.assertIn(
            ("Соглашение «Ромашка» и компания Acme Steel о поставках стального проката", "trade"), agreements(text)
        )

    def test_firms_that_agree_to_keep_working_together_sign_nothing(self):
        text = self.HEAD + "Кроме того, «Ромашка» и Acme Steel договорились о совместной работе над проектом.\n"
        self.assertEqual([s for _, s in agreements(text)], ["tourism"])

    def test_unnamed_companies_and_states_strike_no_deal(self):
        text = self.HEAD + "Компании договорились о поставках зерна. Стороны договорились о поставках угля.\n"
        self.assertEqual([s for _, s in agreements(text)], ["tourism"])

    def test_a_bank_or_fund_by_its_letters_that_agrees_on_a_credit_line_strikes_a_deal(self):
        text = self.HEAD + (
            "Еще один документ пришелся на банки: НКБ и Государственный банк Лилипутии договорились о кредитной линии "
            "на $150 млн для закупок сельхозтехники.\n"
        )
        self.assertIn("finance", [s for _, s in agreements(text)])

    def test_firms_that_agree_to_create_or_raise_something_strike_a_deal_and_the_sides_do_not(self):
        text = self.HEAD + (
            "Кроме того, «Вельдгаз» и Narnia Energy договорились увеличить поставки природного газа до 2 млрд "
            "кубометров в год. Стороны договорились создать рабочую группу по миграции.\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Соглашение о сотрудничестве в области туризма", "tourism"),
                (
                    "Договоренность «Вельдгаз» и Narnia Energy увеличить поставки природного газа до 2 млрд "
                    "кубометров в год",
                    "energy",
                ),
            ],
        )

    def test_an_agency_under_a_ministry_is_not_a_firm(self):
        text = self.HEAD + "Агентство по экспорту при МВЭС договорилось о поставках зерна в Нарнию.\n"
        self.assertEqual([s for _, s in agreements(text)], ["tourism"])

    def test_the_next_pairs_of_firms_after_a_dash_sign_the_same_kind(self):
        text = self.HEAD + (
            "В частности, АО «Вельдстрой» и Narnia Rail заключили соглашение о строительстве логистического центра, "
            "АО «Вельдэнерго» и Narnia Power – о строительстве солнечной электростанции, а ТОО «Агрохим» и компания "
            "Narnia Chemicals – о поставках минеральных удобрений.\n"
        )
        self.assertEqual(
            [a for a in agreements(text) if a[1] != "tourism"][1:],
            [
                ("Соглашение о строительстве солнечной электростанции", "energy"),
                ("Соглашение о поставках минеральных удобрений", "agriculture"),
            ],
        )
        self.assertIn("Соглашение о строительстве логистического центра", [t for t, _ in agreements(text)])

    def test_the_document_after_a_dash_heads_a_list_of_the_signed_ones(self):
        text = self.HEAD + (
            "В числе подписанных документов – соглашение между АО «Вельдхим» и компанией Narnia Gas о строительстве "
            "газохимического завода, а также меморандум о подготовке кадров.\n"
        )
        titles = [t for t, _ in agreements(text)]
        self.assertIn(
            "Соглашение между АО «Вельдхим» и компанией Narnia Gas о строительстве газохимического завода", titles
        )
        self.assertIn("Меморандум о подготовке кадров", titles)

    def test_the_trade_of_the_signing_firms_is_the_field_of_their_memorandum(self):
        text = self.HEAD + (
            "Кроме того, «Вельднефть» и АО «Нарниянефтегаз» подписали меморандум о расширении сотрудничества в "
            "Южной провинции.\n"
        )
        self.assertIn(("Меморандум о расширении сотрудничества в Южной провинции", "energy"), agreements(text))

    def test_no_deal_in_a_story_where_nothing_was_signed(self):
        text = (
            " date 2024-06-03 Ташкент, 3 июня.\n\n«Ромашка» и Acme Steel договорились о поставках стального проката.\n"
        )
        self.assertEqual(agreements(text), [])


class MoreDocumentsTests(SimpleTestCase):
    HEAD = (
        " date 2024-06-03 Ташкент, 3 июня.\n\n"
        "Министры подписали меморандум о сотрудничестве в области туризма. Это важно.\n\n"
    )

    def test_among_the_other_documents_are_more_of_those_signed(self):
        text = self.HEAD + "Среди других документов — соглашение о сотрудничестве в области здравоохранения.\n"
        self.assertEqual([s for _, s in agreements(text)], ["tourism", "health"])

    def test_among_other_documents_in_a_story_where_nothing_was_signed(self):
        text = (
            " date 2024-06-03 Ташкент, 3 июня.\n\nМинистры обсудили туризм.\n\n"
            "Среди других документов — соглашение о сотрудничестве в области здравоохранения.\n"
        )
        self.assertEqual(agreements(text), [])

    def test_a_kind_denied_by_not_is_no_document(self):
        text = self.HEAD + "«Пакет документов — это не декларации о дружбе, а проекты», — сказал министр.\n"
        self.assertEqual([s for _, s in agreements(text)], ["tourism"])


class DealListTests(SimpleTestCase):
    def test_a_list_of_deals_told_by_project_and_sum_gives_one_each(self):
        text = (
            " date 2024-06-03 Ташкент, 3 июня.\n\n"
            "Стороны подписали пакет документов.\n\n"
            "Среди крупнейших договорённостей:\n\n"
            "- строительство цементного завода в Северной области — $1,2 млрд;\n"
            "- модернизация аэропорта в Южном — $300 млн.\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Соглашение о строительстве цементного завода в Северной области", "investment"),
                ("Соглашение о модернизации аэропорта в Южном", "aviation"),
            ],
        )

    def test_items_without_a_sum_are_no_deals(self):
        text = (
            " date 2024-06-03 Ташкент, 3 июня.\n\n"
            "Стороны подписали пакет документов.\n\n"
            "Среди крупнейших договорённостей:\n\n"
            "- строительство цементного завода в Северной области;\n"
            "- модернизация аэропорта в Южном.\n"
        )
        self.assertEqual(agreements(text), [])


class FieldsCoveredTests(SimpleTestCase):
    def test_documents_which_cover_fields_give_one_a_field(self):
        text = (
            " date 2024-06-03 Белград, 3 июня.\n\n"
            "Подписано шесть документов, которые охватывают энергетику, сельское хозяйство и туризм.\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Документ в сфере энергетики", "energy"),
                ("Документ в сфере сельского хозяйства", "agriculture"),
                ("Документ в сфере туризма", "tourism"),
            ],
        )

    def test_a_package_covering_named_fields_gives_one_a_field(self):
        for sentence in (
            "Подписан пакет документов, охватывающих сферы рыболовства, туризма и спорта.",
            "Подписаны девять соглашений о сотрудничестве, затрагивающих области рыболовства, туризма и спорта.",
            "Подписано девять документов, которые охватывают сферы рыболовства, туризма и спорта.",
        ):
            text = " date 2024-06-03 Белград, 3 июня.\n\n" + sentence + "\n"
            self.assertEqual([sphere for _, sphere in agreements(text)], ["agriculture", "tourism", "sport"], sentence)

    def test_a_package_covering_topics_without_a_word_for_fields_or_planned_gives_nothing(self):
        for sentence in (
            "Подписан пакет документов, охватывающих рыболовство, туризм и спорт.",
            "Стороны планируют подписать пакет документов, охватывающих сферы рыболовства, туризма и спорта.",
        ):
            self.assertEqual(agreements(" date 2024-06-03 Белград, 3 июня.\n\n" + sentence + "\n"), [], sentence)

    def test_a_clause_after_which_is_no_list_of_fields(self):
        text = (
            " date 2024-06-03 Белград, 3 июня.\n\n"
            "Подписано шесть документов, которые охватывают самые разные стороны наших отношений и открывают "
            "новые возможности для бизнеса.\n"
        )
        self.assertEqual(agreements(text), [])


class DealsOfASumTests(SimpleTestCase):
    """Contracts told by their total sum, then "в том числе на поставку A, B и C": one contract a good."""

    HEAD = " date 2024-06-03 Минск, 3 июня.\n\n"

    def test_each_good_after_the_sum_is_a_contract(self):
        text = self.HEAD + (
            "На полях ярмарки подписаны контракты и соглашения на общую сумму около 35 млн долларов, в том числе на "
            "поставку речной и морской рыбы, кормов, а также на закупку в Монголию шерсти и кожи.\n"
        )
        self.assertEqual(
            [title for title, _ in agreements(text)],
            [
                "Контракт на поставку речной и морской рыбы",
                "Контракт на поставку кормов",
                "Контракт на закупку в Монголию шерсти",
                "Контракт на закупку в Монголию кожи",
            ],
        )

    def test_a_sum_alone_or_deals_planned_give_nothing(self):
        for sentence in (
            "На полях ярмарки подписаны контракты на сумму 35 млн долларов.",
            "Стороны планируют подписать контракты на сумму 35 млн долларов, в том числе на поставку кормов и рыбы.",
        ):
            self.assertEqual(agreements(self.HEAD + sentence + "\n"), [], sentence)


class ClassOfPartiesTests(SimpleTestCase):
    def test_papers_between_a_class_of_parties_ending_the_phrase_name_no_document(self):
        text = (
            " date 2024-06-03 Ханой, 3 июня.\n\n"
            "Подписали десяток документов – межправительственные соглашения, меморандумы между министерствами, "
            "ведомствами и компаниями.\n"
        )
        self.assertEqual(agreements(text), [])

    def test_papers_between_a_class_of_parties_on_a_topic_are_documents(self):
        text = (
            " date 2024-06-03 Ханой, 3 июня.\n\n"
            "Подписаны меморандумы между министерствами и ведомствами о сотрудничестве в области спорта.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["sport"])


class FieldsInQuotationTests(SimpleTestCase):
    """Fields listed inside a quoted release, and fields between hyphens after a count of documents."""

    def test_fields_ending_a_quotation_give_one_a_field(self):
        text = (
            " date 2024-06-03 Белград, 3 июня.\n\n"
            "«По итогам переговоров подписаны соглашения в сферах энергетики, связи и спорта», – сообщили в "
            "канцелярии премьера.\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Соглашение в сфере энергетики", "energy"),
                ("Соглашение в сфере связи", "digital"),
                ("Соглашение в сфере спорта", "sport"),
            ],
        )

    def test_a_name_in_marks_ending_the_complement_keeps_its_marks(self):
        text = " date 2024-06-03 Белград, 3 июня.\n\nПодписано соглашение о программе «Чистая вода».\n"
        self.assertEqual([t for t, _ in agreements(text)], ["Соглашение о программе «Чистая вода»"])

    def test_fields_between_hyphens_after_a_count_give_one_a_field(self):
        text = (
            " date 2024-06-03 Белград, 3 июня.\n\n"
            "Президенты подписали договор о союзничестве. Еще несколько документов - в сфере туризма и "
            "спорта - подписали вице-премьеры.\n"
        )
        self.assertEqual(
            [s for _, s in agreements(text)][-2:],
            ["tourism", "sport"],
        )


class ColonListTests(SimpleTestCase):
    HEAD = " date 2024-06-03 Кантемир, 3 июня.\n\n"

    def test_and_before_the_last_topic_with_its_own_preposition_parts_it(self):
        text = self.HEAD + (
            "Всего заключено четыре соглашения: о морском сообщении, о защите капиталовложений и о сотрудничестве "
            "в области спорта.\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Соглашение о морском сообщении", "transport"),
                ("Соглашение о защите капиталовложений", "investment"),
                ("Соглашение о сотрудничестве в области спорта", "sport"),
            ],
        )

    def test_and_inside_one_topic_keeps_it_whole(self):
        text = self.HEAD + "Заключено два соглашения: о морском сообщении и портах, о сотрудничестве в области спорта."
        self.assertEqual(
            [t for t, _ in agreements(text)],
            ["Соглашение о морском сообщении и портах", "Соглашение о сотрудничестве в области спорта"],
        )


class TotalByFieldTests(SimpleTestCase):
    HEAD = " date 2024-06-03 Кантемир, 3 июня.\n\n"

    def test_an_item_with_a_topic_of_its_own_after_the_fields_is_that_topic(self):
        text = self.HEAD + "Заключены три меморандума — о сотрудничестве в сфере кино и о взаимном признании лицензий."
        self.assertEqual(
            [t for t, _ in agreements(text)],
            ["Меморандум о сотрудничестве в сфере кино", "Меморандум о взаимном признании лицензий"],
        )

    def test_bare_fields_after_the_dash_share_the_cooperation(self):
        text = self.HEAD + "Заключены три меморандума — о сотрудничестве в сфере кино и музейного дела.\n"
        self.assertEqual(
            [t for t, _ in agreements(text)],
            ["Меморандум о сотрудничестве в сфере кино", "Меморандум о сотрудничестве в сфере музейного дела"],
        )

    def test_fields_each_after_its_own_by_keep_it(self):
        text = self.HEAD + "Заключены три меморандума: по рыболовству, по кино и по шахматам.\n"
        self.assertEqual(
            [t for t, _ in agreements(text)],
            ["Меморандум по рыболовству", "Меморандум по кино", "Меморандум по шахматам"],
        )


class SigningAheadTests(SimpleTestCase):
    HEAD = " date 2024-06-03 Кантемир, 3 июня.\n\n"

    def test_a_signing_whose_own_verb_puts_it_ahead_signs_nothing(self):
        for sentence in (
            "Подписание соглашения о паромном сообщении намечено на декабрь.",
            "Заключение меморандума о сотрудничестве в области кино состоится в среду.",
            "Ведется подготовка к подписанию протокола о поставках хлопка.",
        ):
            self.assertEqual(agreements(self.HEAD + sentence + "\n"), [], sentence)

    def test_a_plan_in_another_clause_leaves_the_signing_done(self):
        text = self.HEAD + (
            "Министры подписали меморандум о сотрудничестве в области кино, а подписание соглашения о паромном "
            "сообщении ожидается весной. Состоялось подписание протокола о поставках хлопка; новая встреча "
            "запланирована на осень.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["culture", "agriculture"])


class PlanKindTests(SimpleTestCase):
    HEAD = " date 2024-06-03 Кантемир, 3 июня.\n\n"

    def test_a_plan_of_cooperation_after_two_adjectives_is_a_document(self):
        text = self.HEAD + "Главы ведомств подписали план межрегионального таможенного сотрудничества на 2025 год.\n"
        self.assertEqual(
            agreements(text), [("План межрегионального таможенного сотрудничества на 2025 год", "customs")]
        )

    def test_a_plan_discussed_is_no_document(self):
        text = self.HEAD + "Министры обсудили план межрегионального таможенного сотрудничества.\n"
        self.assertEqual(agreements(text), [])


class TopicParticipleTests(SimpleTestCase):
    HEAD = " date 2024-06-03 Кантемир, 3 июня.\n\n"

    def test_a_participle_after_the_kind_tells_the_topic(self):
        text = self.HEAD + (
            "Подписаны меморандумы, касающиеся сотрудничества в области кино и шахмат. Также подписан протокол, "
            "предусматривающий открытие паромной линии.\n"
        )
        self.assertEqual(
            [t for t, _ in agreements(text)],
            [
                "Меморандум о сотрудничестве в области кино",
                "Меморандум о сотрудничестве в области шахмат",
                "Протокол об открытии паромной линии",
            ],
        )

    def test_questions_concerning_a_field_are_no_document(self):
        text = self.HEAD + "Министры подписали заявление для прессы и обсудили вопросы, касающиеся кино.\n"
        self.assertEqual(agreements(text), [])


class StatementAfterTalksTests(SimpleTestCase):
    HEAD = " date 2024-06-03 Кантемир, 3 июня.\n\n"

    def test_a_joint_statement_on_the_outcome_of_talks_is_a_document(self):
        text = self.HEAD + "Главы правительств приняли Совместное коммюнике по результатам переговоров.\n"
        self.assertEqual(agreements(text), [("Совместное коммюнике по результатам переговоров", "political")])

    def test_a_count_on_the_outcome_of_talks_names_none(self):
        text = self.HEAD + "Главы правительств подписали девять документов по результатам переговоров.\n"
        self.assertEqual(agreements(text), [])


class SignaturesPutTests(SimpleTestCase):
    HEAD = " date 2024-06-03 Кантемир, 3 июня.\n\n"

    def test_signatures_put_under_a_document_sign_it(self):
        text = self.HEAD + "Министры поставили свои подписи под протоколом о сотрудничестве в области шахмат.\n"
        self.assertEqual([t for t, _ in agreements(text)], ["Протокол о сотрудничестве в области шахмат"])

    def test_a_task_put_signs_nothing(self):
        text = self.HEAD + "Министры поставили задачу подготовить протокол о сотрудничестве в области шахмат.\n"
        self.assertEqual(agreements(text), [])


class MarkedTitlesTests(SimpleTestCase):
    HEAD = " date 2024-06-03 Кантемир, 3 июня.\n\n"

    def test_titles_in_marks_after_a_plural_kind_are_one_document_each(self):
        text = self.HEAD + "Подписаны меморандумы «О сотрудничестве в сфере кино» и «Об обмене опытом в шахматах»."
        self.assertEqual(
            [t for t, _ in agreements(text)],
            ["Меморандум о сотрудничестве в сфере кино", "Меморандум об обмене опытом в шахматах"],
        )

    def test_one_title_in_marks_keeps_them(self):
        text = self.HEAD + "Подписан меморандум «О сотрудничестве в сфере кино».\n"
        self.assertEqual([t for t, _ in agreements(text)], ["Меморандум «О сотрудничестве в сфере кино»"])


class PastVerbInTitleTests(SimpleTestCase):
    HEAD = " date 2024-06-03 Кантемир, 3 июня.\n\n"

    def test_a_past_verb_after_the_topic_ends_the_title(self):
        for sentence in (
            "Церемония подписания соглашения о сотрудничестве в сфере кино прошла в Белом зале.",
            "Министры подписали меморандум о сотрудничестве в сфере кино и договорились встретиться осенью.",
        ):
            self.assertEqual(
                [t for t, _ in agreements(self.HEAD + sentence + "\n")],
                [("Соглашение" if "соглашения" in sentence else "Меморандум") + " о сотрудничестве в сфере кино"],
                sentence,
            )

    def test_a_noun_that_ends_like_a_past_verb_stays(self):
        text = self.HEAD + "Подписан протокол о поставках сливочного масла и рисовой муки.\n"
        self.assertEqual([t for t, _ in agreements(text)], ["Протокол о поставках сливочного масла и рисовой муки"])


class KindInMarksTests(SimpleTestCase):
    HEAD = " date 2024-06-03 Кантемир, 3 июня.\n\n"

    def test_marks_around_the_kind_alone_leave_the_title_clean(self):
        text = self.HEAD + "Министры подписали «дорожную карту» развития сотрудничества в сфере кино.\n"
        self.assertEqual([t for t, _ in agreements(text)], ["Дорожная карта развития сотрудничества в сфере кино"])

    def test_marks_around_the_whole_title_still_close_it(self):
        text = self.HEAD + "Министры подписали «Дорожную карту развития сотрудничества в сфере кино» и обсудили спорт."
        self.assertEqual([t for t, _ in agreements(text)], ["Дорожная карта развития сотрудничества в сфере кино"])


class TopicsToldAfterTests(SimpleTestCase):
    """Plural documents signed with no topic, then what they hold in the next sentence or after a colon."""

    HEAD = " date 2024-06-03 Кантемир, 3 июня.\n\n"

    def test_the_largest_of_them_concern_gives_one_document_a_topic(self):
        text = self.HEAD + (
            "На деловом форуме фирмы двух стран подписали коммерческие соглашения. Пакет оценивается в $2 млрд. "
            "Крупнейшие из них касаются строительства цементного завода в Кантемире и поставок оливкового масла.\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Соглашение о строительстве цементного завода в Кантемире", "investment"),
                ("Соглашение о поставках оливкового масла", "trade"),
            ],
        )

    def test_among_them_shares_the_head_of_the_first_item(self):
        text = self.HEAD + (
            "Подписаны контракты на общую сумму около 300 млн долларов. "
            "Среди них — проекты по выращиванию хлопка, ремонту вагонов и строительству мини-гостиниц.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["agriculture", "transport", "infrastructure"])

    def test_the_matter_after_a_colon_names_them(self):
        text = self.HEAD + (
            "Ещё несколько документов подписали частные компании: речь, в частности, о поставках шахматных досок "
            "и совместном выпуске медицинских масок.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["trade", "health"])

    def test_the_chief_one_alone_or_people_among_them_add_nothing(self):
        for tail in (
            "Главный из них касается строительства цементного завода в Кантемире.",
            "Среди них — Иван Петров и Пётр Иванов.",
        ):
            text = self.HEAD + "Фирмы двух стран подписали коммерческие соглашения. " + tail + "\n"
            self.assertEqual(agreements(text), [], tail)
        text = self.HEAD + "Фирмы двух стран обсудили будущие соглашения. Они касаются поставок оливкового масла.\n"
        self.assertEqual(agreements(text), [])


class SphereToldNextTests(SimpleTestCase):
    """A document whose title names no field takes the one most words of the next sentence's provisions name."""

    HEAD = " date 2024-06-03 Кантемир, 3 июня.\n\n"

    def test_the_provisions_of_the_next_sentence_give_the_field(self):
        text = self.HEAD + (
            "Министры подписали план мероприятий по реализации программы на 2025–2027 годы. Документ предусматривает "
            "гастроли театров, обмен музейными коллекциями и цифровизацию библиотечных фондов.\n"
        )
        self.assertEqual(agreements(text), [("План мероприятий по реализации программы на 2025–2027 годы", "culture")])

    def test_a_firms_memorandum_takes_the_field_of_its_deliveries(self):
        text = self.HEAD + (
            "Подписан меморандум между АО «Ромашка» и компанией Daisy Holdings. Документ предусматривает поставку "
            "грузовых автомобилей.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["trade"])

    def test_a_next_sentence_of_another_kind_gives_nothing(self):
        text = self.HEAD + (
            "Министры подписали план мероприятий по реализации программы на 2025–2027 годы. Министр культуры "
            "рассказал о гастролях театров.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["other"])


class ClauseAfterKindTests(SimpleTestCase):
    """A clause of its own right after the kind ("и поставили цель", "и его вступление в силу") is no topic."""

    HEAD = " date 2024-06-03 Кантемир, 3 июня.\n\n"

    def test_the_signers_next_act_or_a_clause_on_the_document_names_none(self):
        for sentence in (
            "Министры подписали 12 соглашений и наметили удвоить товарооборот.",
            "Стороны обменялись мнениями о том, как соглашение и его вступление в силу изменят рынок сыра.",
        ):
            self.assertEqual(agreements(self.HEAD + sentence + "\n"), [], sentence)

    def test_a_second_document_after_and_stays(self):
        text = self.HEAD + "Министры подписали меморандум о шахматах и протокол о поставках сыра.\n"
        self.assertEqual([t for t, _ in agreements(text)], ["Меморандум о шахматах", "Протокол о поставках сыра"])


class PossibleSigningTests(SimpleTestCase):
    """A signing told as possible or still being worked out is not done."""

    HEAD = " date 2024-06-03 Кантемир, 3 июня.\n\n"

    def test_a_possible_signing_or_one_in_the_works_signs_nothing(self):
        for sentence in (
            "Министры обсудили возможное подписание соглашения о поставках сыра.",
            "Подписание протокола о шахматных турнирах пока находится в проработке.",
            "Стороны договорились изучить возможность заключения меморандума о сыроварении.",
        ):
            self.assertEqual(agreements(self.HEAD + sentence + "\n"), [], sentence)

    def test_a_signing_that_took_place_stays(self):
        text = self.HEAD + "Состоялось подписание соглашения о поставках сыра.\n"
        self.assertEqual([t for t, _ in agreements(text)], ["Соглашение о поставках сыра"])


class ClauseAboutThemTests(SimpleTestCase):
    """After a comma a clause about the documents ("большинство из них", "стоимость которых") is no topic."""

    HEAD = " date 2024-06-03 Кантемир, 3 июня.\n\n"

    def test_a_clause_about_them_names_no_document(self):
        for sentence in (
            "Фирмы подписали коммерческие соглашения, общая стоимость которых превышает $2 млрд.",
            "Стороны подписали три меморандума, часть из них касается сыроварения.",
        ):
            self.assertEqual(agreements(self.HEAD + sentence + "\n"), [], sentence)

    def test_a_list_after_the_comma_stays(self):
        text = self.HEAD + "Министры подписали 12 соглашений, в том числе о поставках сыра и о шахматах.\n"
        self.assertEqual(len(agreements(text)), 2)


class FieldOnlyDocumentTests(SimpleTestCase):
    """A "document" a summary names by its field alone is one the story names in full, when a full title speaks of
    that field; a field no full title speaks of stays a document of its own."""

    HEAD = " date 2024-06-03 Кантемир, 3 июня.\n\n"

    def test_a_headline_field_told_in_full_in_the_body_is_that_document(self):
        text = (
            "Нарния и Лилипутия подписали документы по сыроварению и шахматам\n\nКантемир, 3 июня. В среду "
            "министры подписали соглашение о строительстве сыроварни в Кантемире и меморандум о проведении "
            "шахматного турнира.\n"
        )
        self.assertEqual(
            [t for t, _ in agreements(text)],
            ["Соглашение о строительстве сыроварни в Кантемире", "Меморандум о проведении шахматного турнира"],
        )

    def test_a_field_told_twice_is_one_document(self):
        text = self.HEAD + (
            "Министры подписали документы в сфере образования и культуры. "
            "Подписанные документы в области образования откроют новые возможности.\n"
        )
        self.assertEqual(len(agreements(text)), 2)

    def test_a_field_no_full_title_speaks_of_stays(self):
        text = (
            "Нарния и Лилипутия подписали документы по сыроварению и таможне\n\nКантемир, 3 июня. В среду "
            "министры подписали соглашение о строительстве сыроварни в Кантемире.\n"
        )
        self.assertEqual(
            [t for t, _ in agreements(text)],
            ["Документ по таможне", "Соглашение о строительстве сыроварни в Кантемире"],
        )


class DealsListedByProjectTests(SimpleTestCase):
    """Deals signed at a business forum, then listed by the projects they are on rather than as documents: one
    agreement an item, when the lead-in says they were signed; the items of a visit's programme are no deals."""

    HEAD = " date 2025-05-21\n🇺🇿🇵🇰 Премьер-министр Пакистана прибыл в Ташкент\n\n"

    def test_bullets_under_a_signing(self):
        text = self.HEAD + (
            "🤝 На узбекско-пакистанском бизнес-форуме подписаны коммерческие соглашения на сумму 210 млн долларов, "
            "сообщили в Министерстве инвестиций Узбекистана\n\nВ их числе:\n"
            "▪️ строительство цементного завода в Джизакской области\n"
            "▪️ поставка пакистанского хлопкового волокна — до 20 тыс. тонн в год\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Соглашение о строительстве цементного завода в Джизакской области", "investment"),
                ("Соглашение о поставке пакистанского хлопкового волокна", "agriculture"),
            ],
        )

    def test_a_greenhouse_is_agriculture(self):
        self.assertEqual(_ru_sphere("Соглашение о строительстве тепличного комплекса"), "agriculture")

    def test_goods_after_a_dash(self):
        text = self.HEAD + (
            "В Ташкенте компании двух стран подписали четыре контракта – на поставки хлопковой пряжи, кожи и "
            "медицинских перчаток.\n"
        )
        self.assertEqual(
            [t for t, _ in agreements(text)],
            [
                "Контракт на поставки хлопковой пряжи",
                "Контракт на поставки кожи",
                "Контракт на поставки медицинских перчаток",
            ],
        )

    def test_a_programme_of_the_visit(self):
        text = self.HEAD + (
            "📌 Программа визита:\n\n▪️ переговоры в Куксарае\n▪️ подписание документов\n"
            "▪️ встреча с деловыми кругами\n▪️ посещение технопарка\n"
        )
        self.assertEqual(agreements(text), [])


class MemorandaOfUnderstandingByFieldTests(SimpleTestCase):
    """A count of memoranda of understanding told by field after a dash, the memorandum's own complement first:
    one memorandum a field."""

    HEAD = "ЛОРИНГ, 3 марта. Президент Нарнии Карл Вестон провел переговоры с президентом Лилипутии Анной Борк.\n\n"

    def test_each_field_after_the_dash_is_one_memorandum(self):
        text = self.HEAD + (
            "Стороны подписали три меморандума о взаимопонимании — в сферах рыболовства, гражданской авиации и "
            "архивного дела.\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Меморандум о взаимопонимании в сфере рыболовства", "agriculture"),
                ("Меморандум о взаимопонимании в сфере гражданской авиации", "aviation"),
                ("Меморандум о взаимопонимании в сфере архивного дела", "culture"),
            ],
        )


class MarketOpenedForGoodsTests(SimpleTestCase):
    """Documents that open a market to goods give one document a good, their field from the adjective before the
    kind word when the topic names none ("ветеринарные протоколы")."""

    HEAD = "ЛОРИНГ, 3 марта. Президент Нарнии Карл Вестон провел переговоры с президентом Лилипутии Анной Борк.\n\n"

    def test_one_protocol_a_good(self):
        text = self.HEAD + (
            "Подписаны также ветеринарные протоколы, открывающие рынок Лилипутии для нарнийской говядины и баранины.\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Протокол о доступе нарнийской говядины на рынок Лилипутии", "agriculture"),
                ("Протокол о доступе баранины на рынок Лилипутии", "agriculture"),
            ],
        )


class DocumentsDeniedTotalledOrToldByBodiesTests(SimpleTestCase):
    """Documents denied with adjectives between ("ни межправительственных соглашений"), a sum of documents that
    names none, the rest of a count told by topic, memoranda between the ministries of several fields, regions'
    agreements as a class, and a commission's record that takes the commission's field."""

    HEAD = "ЛОРИНГ, 3 марта. Президент Нарнии Карл Вестон провел переговоры с президентом Лилипутии Анной Борк.\n\n"

    def test_a_kind_denied_with_its_adjectives_names_no_document(self):
        text = self.HEAD + (
            "Визит прошел без громких итогов: ни двусторонних соглашений, ни церемонии подписания, ни совместного "
            "коммюнике. Как считает аналитик Лоринга Петр Кольм, без подписанных контрактов на поставки зерна "
            "решение о новом терминале принято не будет.\n"
        )
        self.assertEqual(agreements(text), [])

    def test_a_total_of_documents_names_none_and_the_largest_of_them_is_one(self):
        text = self.HEAD + (
            "Стороны подписали соглашение о сотрудничестве в области рыболовства. Общий объем торговых соглашений, "
            "заключенных в ходе визита, превысил $2,3 млрд. Наиболее крупным из них стало соглашение между компанией "
            "Narnia Steel и лилипутскими партнерами о строительстве прокатного стана в порту Вельд.\n"
        )
        titles = [t for t, _ in agreements(text)]
        self.assertEqual(len(titles), 2)
        self.assertTrue(titles[1].startswith("Соглашение между компанией Narnia Steel"))

    def test_the_rest_of_a_count_told_by_topic_gives_one_a_topic(self):
        text = self.HEAD + (
            "Компании двух стран подписали 14 соглашений. Крупнейшее – соглашение о строительстве элеватора в "
            "Вельде. Остальные соглашения касаются гостиничного бизнеса, добычи никеля и рыболовства.\n"
        )
        self.assertEqual(
            agreements(text)[1:],
            [
                ("Соглашение о гостиничном бизнесе", "tourism"),
                ("Соглашение о добыче никеля", "mining"),
                ("Соглашение о рыболовстве", "agriculture"),
            ],
        )

    def test_memoranda_between_the_ministries_of_several_fields_are_one_a_field(self):
        text = self.HEAD + (
            "Подписаны также ряд соглашений между провинциями двух стран и меморандумы между министерствами "
            "культуры, здравоохранения и спорта.\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Соглашение между провинциями двух стран", "other"),
                ("Меморандум между министерствами культуры", "culture"),
                ("Меморандум между министерствами здравоохранения", "health"),
                ("Меморандум между министерствами спорта", "sport"),
            ],
        )

    def test_a_commission_record_takes_the_field_of_the_commission_named_before(self):
        text = self.HEAD + (
            "Затем стороны провели заседание совместной комиссии по торгово-экономическому сотрудничеству. По его "
            "итогам подписан протокол заседания комиссии, а также соглашение о реконструкции моста через реку Вельд.\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Протокол заседания комиссии", "trade"),
                ("Соглашение о реконструкции моста через реку Вельд", "infrastructure"),
            ],
        )

    def test_a_firm_that_agreed_with_another_strikes_a_deal_with_both_named(self):
        text = self.HEAD + (
            "Стороны подписали соглашение о воздушном сообщении. Кроме того, оператор Narnia Ports договорился с АО "
            "«Вельдский терминал» о создании совместного предприятия по управлению зерновым терминалом.\n"
        )
        self.assertIn(
            "Соглашение Narnia Ports и АО «Вельдский терминал» о создании совместного предприятия по управлению "
            "зерновым терминалом",
            [t for t, _ in agreements(text)],
        )


class DeniedAfterTheDocumentTests(SimpleTestCase):
    """A document the sentence goes on to deny is not signed, however the denial is worded."""

    HEAD = " date 2024-06-03 Ташкент, 3 июня.\n\nМинистры подписали соглашение о сотрудничестве в области туризма.\n\n"

    def test_no_papers_signed_on_a_topic_in_the_imperfective(self):
        text = self.HEAD + (
            "Компании провели переговоры о поставках угля, но документов по этой теме не подписывалось.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["tourism"])

    def test_a_contract_there_is_not_yet(self):
        text = self.HEAD + (
            "«Подписанное — это рамочные документы. Обязывающим выглядит разве что проект моста, да и там "
            "окончательного контракта на строительство пока нет», — отмечает эксперт.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["tourism"])


class SphereNamedByTheWorkOrTheOfficeTests(SimpleTestCase):
    """A title that names the field by the work ("информационный обмен") or by a ministry's field gets that field."""

    def test_news_exchange_is_media_and_information_security_stays_security(self):
        self.assertEqual(_ru_sphere("Меморандум о сотрудничестве в сфере информации"), "media")
        self.assertEqual(_ru_sphere("Протокол об информационном обмене между агентствами двух стран"), "media")
        self.assertEqual(_ru_sphere("Соглашение о сотрудничестве в области информационной безопасности"), "security")
        self.assertEqual(_ru_sphere("Соглашение о взаимной защите секретной информации"), "security")

    def test_a_ministry_of_enlightenment_is_education(self):
        self.assertEqual(_ru_sphere("Программа сотрудничества между министерствами просвещения"), "education")

    def test_weather_service_is_environment(self):
        self.assertEqual(_ru_sphere("Меморандум в области гидрометеорологии"), "environment")

    def test_trips_of_citizens_are_consular(self):
        self.assertEqual(_ru_sphere("Протокол об изменениях в соглашении о взаимных поездках граждан"), "consular")


class ActsListedUnderOnePrepositionTests(SimpleTestCase):
    """Plural documents about several acts under one "о", each act a noun of action with its object, are one
    document an act; a list of adjectives before one noun stays one document."""

    HEAD = " date 2024-09-12 Кишинев, 12 сентября.\n\n"

    def test_three_acts_give_three_documents(self):
        text = self.HEAD + (
            "В ходе форума подписаны соглашения о реконструкции порта в Джурджулештах, поставках зерна в "
            "Грецию и создании логистического центра под Бельцами.\n"
        )
        titles = [t for t, _ in agreements(text)]
        self.assertEqual(
            titles,
            [
                "Соглашение о реконструкции порта в Джурджулештах",
                "Соглашение о поставках зерна в Грецию",
                "Соглашение о создании логистического центра под Бельцами",
            ],
        )

    def test_adjectives_before_one_noun_stay_one_document(self):
        text = self.HEAD + (
            "Стороны подписали соглашения о торговом, научном и культурном сотрудничестве между регионами.\n"
        )
        self.assertEqual(len(agreements(text)), 1)


class DocumentNamedAfterAHyphenTests(SimpleTestCase):
    """After "Среди подписанных документов" a hyphen between spaces is a dash, and the document after it is named
    whatever adjectives come before its kind."""

    def test_an_intergovernmental_agreement_after_a_hyphen(self):
        text = " date 2024-05-20 Душанбе, 20 мая.\n\n" + (
            "Среди подписанных документов - межгосударственное соглашение о совместном использовании "
            "пастбищ в долине реки Исфара, а также соглашение о ремонте дорог.\n"
        )
        titles = [t for t, _ in agreements(text)]
        self.assertIn("Соглашение о совместном использовании пастбищ в долине реки Исфара", titles)
        self.assertIn("Соглашение о ремонте дорог", titles)


class StageWordInATopicTests(SimpleTestCase):
    """A drafting ("разработка") that is the topic of one listed document after "о"
    does not make the next listed document unsigned."""

    def test_the_document_after_a_memorandum_on_drafting_a_study_is_signed(self):
        text = " date 2024-10-02 Рига, 2 октября.\n\n" + (
            "Подписаны меморандум между министерством и компанией Nordlys о разработке схемы порта, а также "
            "соглашение о поставках торфа в Норвегию.\n"
        )
        titles = [t for t, _ in agreements(text)]
        self.assertIn("Соглашение о поставках торфа в Норвегию", titles)

    def test_a_draft_still_is_not_signed(self):
        text = " date 2024-10-02 Рига, 2 октября.\n\n" + (
            "Министры подписали протокол о торговле. Стороны обсудили проект соглашения о поставках торфа.\n"
        )
        titles = [t for t, _ in agreements(text)]
        self.assertNotIn("Соглашение о поставках торфа", titles)


class DealsToldByWhatWasAgreedTests(SimpleTestCase):
    """A total of deals signed with no topic, followed by "В частности, достигнуты договоренности о A, B и C", is
    those deals, one a topic; an agreement reached with no total before it is no document."""

    HEAD = " date 2024-04-09 Баку, 9 апреля.\n\n"

    def test_the_deals_of_a_total_told_by_what_was_agreed(self):
        text = self.HEAD + (
            "На бизнес-форуме компаниями двух стран подписаны соглашения на общую сумму 900 миллионов долларов. "
            "В частности, достигнуты договоренности о строительстве винодельни в Шамахы, создании сборочного "
            "производства в Гяндже и поставках хлопка на турецкий рынок.\n"
        )
        titles = [t for t, _ in agreements(text)]
        self.assertEqual(
            titles,
            [
                "Соглашение о строительстве винодельни в Шамахы",
                "Соглашение о создании сборочного производства в Гяндже",
                "Соглашение о поставках хлопка на турецкий рынок",
            ],
        )

    def test_an_agreement_reached_alone_is_no_document(self):
        text = self.HEAD + "Министры провели переговоры. Достигнуты договоренности о проведении бизнес-форума в мае.\n"
        self.assertEqual(agreements(text), [])


class BuildingAClusterTests(SimpleTestCase):
    """Building an industrial cluster, like building a plant, is the partner's investment whatever it will make."""

    def test_a_cluster_built_is_investment(self):
        self.assertEqual(_ru_sphere("Соглашение о строительстве кожевенного кластера в Ошской области"), "investment")
        self.assertEqual(_ru_sphere("Соглашение о строительстве хлопкового кластера"), "investment")


class LogisticsByItsAdjectiveTests(SimpleTestCase):
    """Logistics named by its adjective ("логистический оператор", "логистических центров") is transport, as the
    noun already was."""

    def test_a_logistics_operator_and_centres_are_transport(self):
        self.assertEqual(_ru_sphere("Соглашение о создании совместного логистического оператора"), "transport")
        self.assertEqual(_ru_sphere("Меморандум о развитии логистических центров на границе"), "transport")


class CommissionWithNoFieldTests(SimpleTestCase):
    """A protocol of an intergovernmental commission that names no field is the trade and economy one; a field
    named still decides."""

    def test_a_commission_with_no_field_is_trade(self):
        self.assertEqual(_ru_sphere("Протокол девятого заседания Межправительственной комиссии"), "trade")
        self.assertEqual(
            _ru_sphere("Протокол заседания межправительственной комиссии по сотрудничеству в области образования"),
            "education",
        )


class ShortFirstThenFullTests(SimpleTestCase):
    """A document a headline tells short and the body tells in full is one document, under the body's fuller title
    and the field that title names."""

    def test_the_body_title_replaces_the_headline_one(self):
        text = (
            " date 2024-07-01 Ашхабад, 1 июля.\n\n"
            "Туркменистан и Грузия подписали соглашение по Черноморскому коридору\n\n"
            "По итогам переговоров подписаны соглашение о создании совместного логистического оператора по "
            "Черноморскому коридору и соглашение между национальными железными дорогами о тарифах.\n"
        )
        found = agreements(text)
        titles = [t for t, _ in found]
        self.assertIn("Соглашение о создании совместного логистического оператора по Черноморскому коридору", titles)
        self.assertNotIn("Соглашение по Черноморскому коридору", titles)
        self.assertEqual(dict(found)[titles[0]], "transport")


class CountClosedByAFullStopTests(SimpleTestCase):
    """A count of documents signed that closes its paragraph with a full stop ("подписан ряд документов."), then
    their titles one a paragraph, lists them as a heading with a colon does; a signing still to come lists
    nothing."""

    def test_titles_after_a_count_closed_by_a_full_stop(self):
        text = (
            " date 2025-03-04 Бишкек, 4 марта.\n\n"
            "По итогам переговоров подписан ряд межведомственных документов.\n\n"
            "Соглашение о сотрудничестве в области рыболовства.\n\n"
            "Меморандум о взаимопонимании в сфере туризма.\n\n"
            "Президенты также провели пресс-конференцию.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["agriculture", "tourism"])

    def test_a_signing_to_come_lists_nothing(self):
        text = (
            " date 2025-03-04 Бишкек, 4 марта.\n\n"
            "По итогам переговоров ожидается подписание ряда документов.\n\n"
            "Программой визита предусмотрены встречи с премьер-министром.\n"
        )
        self.assertEqual(agreements(text), [])


class CountClosedThenTitleLinesTests(SimpleTestCase):
    """A paragraph that counts the documents and ends with a full stop, then one title a paragraph with no verb:
    each line is one document signed; a line that is a sentence of its own is the story going on."""

    def test_each_bare_title_line_is_one_document(self):
        text = (
            " date 2025-02-03 Бишкек, 3 февраля.\n\n"
            "Главы правительств Нарнии и Лилипутии провели переговоры.\n\n"
            "По их итогам подписан ряд межведомственных документов.\n\n"
            "Соглашение о сотрудничестве в области гидрометеорологии.\n\n"
            "Протокол о взаимном признании сертификатов на семена.\n\n"
            "План мероприятий по развитию туризма на 2025-2026 годы.\n\n"
            "Соглашение о свободной торговле вступит в силу в следующем году.\n"
        )
        found = dict(agreements(text))
        self.assertEqual(found.get("Соглашение о сотрудничестве в области гидрометеорологии"), "environment")
        self.assertEqual(found.get("Протокол о взаимном признании сертификатов на семена"), "agriculture")
        self.assertEqual(found.get("План мероприятий по развитию туризма на 2025-2026 годы"), "tourism")
        self.assertNotIn("Соглашение о свободной торговле", " ".join(found))

    def test_one_line_after_a_count_is_not_a_list(self):
        text = (
            " date 2025-02-03 Бишкек, 3 февраля.\n\n"
            "По итогам переговоров подписаны межведомственные документы.\n\n"
            "Соглашение о сотрудничестве в области гидрометеорологии.\n\n"
            "Министры также обсудили вопросы транзита.\n"
        )
        self.assertNotIn("Соглашение о сотрудничестве в области гидрометеорологии", dict(agreements(text)))


class DocumentsByPairsOfPartiesTests(SimpleTestCase):
    """Plural documents told by the pairs that signed them: one document a pair, its field from the pair's topic or
    from the parties."""

    def test_one_document_a_pair(self):
        text = (
            " date 2025-03-04 Баку, 4 марта.\n\n"
            "Министры экономики Нарнии и Лилипутии провели переговоры.\n\n"
            "Меморандумы подписаны между Министерством энергетики Нарнии и компанией Lilly Power о строительстве "
            "ветровой электростанции, между Агентством по туризму (NTA) и ассоциацией Lilly Travel, а также между "
            "министерствами здравоохранения двух стран.\n"
        )
        found = agreements(text)
        self.assertEqual([s for _, s in found if _.startswith("Меморандум между")], ["energy", "tourism", "health"])
        self.assertIn("(NTA) и ассоциацией Lilly Travel", " ".join(t for t, _ in found))

    def test_one_pair_stays_one_document(self):
        text = (
            " date 2025-03-04 Баку, 4 марта.\n\n"
            "Подписаны соглашения между министерствами сельского хозяйства о поставках зерна.\n"
        )
        self.assertEqual(len(agreements(text)), 1)


class HyphenAsDashTests(SimpleTestCase):
    """Wire copy that sets the dash as a hyphen between spaces: the gapped clause after it is the next document."""

    def test_the_hyphen_between_spaces_parts_two_signings(self):
        text = (
            " date 2025-04-10 Астана. 10 апреля. ИНТЕРФАКС\n\n"
            "Министерства энергетики двух стран подписали меморандум о строительстве линии электропередачи, "
            "министерства связи - соглашение о взаимном признании электронной цифровой подписи.\n"
        )
        found = dict(agreements(text))
        self.assertEqual(found.get("Соглашение о взаимном признании электронной цифровой подписи"), "digital")
        self.assertIn("energy", found.values())

    def test_a_bus_service_is_transport(self):
        self.assertEqual(_ru_sphere("Соглашение о возобновлении прямого автобусного сообщения"), "transport")


class FirmsAgreedThenNextPairTests(SimpleTestCase):
    """ "X договорилась с Y о ..., а Z и W — о ...": the second pair's deal with its verb left out, and a sum with a
    decimal comma inside the first one's topic."""

    def test_the_next_pair_after_a_and_a_dash(self):
        text = (
            " date 2025-05-16 Сеул, 16 мая.\n\n"
            "Президенты Нарнии и Лилипутии подписали совместное заявление.\n\n"
            "Lilly Motors договорилась с «Нарнияавто» о выпуске грузовиков на $1,4 млрд, а Narnia Bank и "
            "Министерство финансов Лилипутии — о кредитной линии на $300 млн.\n"
        )
        titles = dict(agreements(text))
        first = [t for t in titles if t.startswith("Соглашение Lilly Motors")]
        self.assertEqual(len(first), 1)
        self.assertTrue(first[0].endswith("$1,4 млрд"))
        second = [s for t, s in titles.items() if t.startswith("Соглашение Narnia Bank")]
        self.assertEqual(second, ["finance"])


class AsideIsNoTopicTests(SimpleTestCase):
    """A kind followed only by an aside between commas ("соглашение, впрочем, было заключено") names no document."""

    def test_an_aside_after_the_kind_is_not_its_title(self):
        text = (
            " date 2025-06-12 Москва, 12 июня.\n\n"
            "Министры торговли Нарнии и Лилипутии подписали протокол заседания рабочей группы.\n\n"
            "Главный контракт, впрочем, был заключен на полях встречи.\n"
        )
        titles = [t for t, _ in agreements(text)]
        self.assertFalse([t for t in titles if "впрочем" in t])


class OfficesThatSignNameTheFieldTests(SimpleTestCase):
    """A document named by its kind alone, signed by ministers or ministries whose field is named: one document of
    that field; a field the title does not name is taken from the offices that sign."""

    def test_the_signing_ministries_name_the_field(self):
        text = (
            " date 2025-07-08 Ташкент, 8 июля.\n\n"
            "Президенты Нарнии и Лилипутии провели переговоры.\n\n"
            "Министры энергетики двух стран подписали соглашение. Кроме того, Минздрав Нарнии и министерство "
            "здравоохранения Лилипутии обменялись меморандумом.\n\n"
            "Главы внешнеполитических ведомств подписали программу сотрудничества на 2025-2026 годы.\n"
        )
        self.assertEqual(sorted(s for _, s in agreements(text)), ["energy", "health", "political"])

    def test_a_speaker_who_tells_of_a_signing_is_not_its_signer(self):
        text = (
            " date 2025-07-08 Ташкент, 8 июля.\n\n"
            "Министр иностранных дел Нарнии заявил, что стороны подписали соглашение.\n"
        )
        self.assertEqual(agreements(text), [])


class InitialledNextSentenceTests(SimpleTestCase):
    """A document told as the visit's outcome, then "Документ парафирован" in the next sentence: only initialled,
    not signed."""

    def test_the_next_sentence_takes_it_back_to_initialled(self):
        text = (
            " date 2025-05-20 Минск, 20 мая.\n\n"
            "Итогом визита стала программа сотрудничества в области энергетики на 2025-2028 годы. Документ "
            "парафирован министрами, подписать его планируется осенью.\n"
        )
        self.assertEqual(agreements(text), [])

    def test_a_signed_document_stays(self):
        text = (
            " date 2025-05-20 Минск, 20 мая.\n\n"
            "Министры подписали программу сотрудничества в области энергетики на 2025-2028 годы. Документ "
            "рассчитан на три года.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["energy"])


class PluralDocumentsAndTheirTopicsTests(SimpleTestCase):
    """ "Межведомственные документы касаются A, B и C" after a signing: the plural kind as the subject of a list of
    topics is one document a topic, whatever the verb's case."""

    def test_one_document_a_topic_after_the_plural(self):
        text = (
            " date 2025-05-20 Минск, 20 мая.\n\n"
            "Президенты Нарнии и Лилипутии подписали совместное заявление. Межведомственные меморандумы касаются "
            "ветеринарии, «цифровой» таможни и высшего образования.\n"
        )
        self.assertEqual(sorted(s for _, s in agreements(text)), ["agriculture", "customs", "education", "political"])
        self.assertIn("Меморандум о «цифровой» таможне", [t for t, _ in agreements(text)])

    def test_a_verb_that_takes_the_accusative(self):
        text = (
            " date 2025-05-20 Минск, 20 мая.\n\n"
            "Министры подписали пакет документов. Подписанные соглашения охватывают энергетику, транспорт и "
            "культуру.\n"
        )
        titles = [t for t, _ in agreements(text)]
        self.assertIn("Соглашение об энергетике", titles)
        self.assertIn("Соглашение о культуре", titles)


class ObjectsOfOneActionTests(SimpleTestCase):
    """Plural deals over one action and its objects listed in the genitive ("на строительство A, B, а также C",
    "о модернизации A, B и C"): one document an object."""

    def test_one_document_an_object_after_also(self):
        text = (
            " date 2025-05-20 Минск, 20 мая.\n\n"
            "Президенты Нарнии и Лилипутии провели переговоры. На бизнес-форуме были заключены контракты на "
            "возведение гидроэлектростанции мощностью 300 МВт, нового терминала аэропорта в Грумбле, а также "
            "нескольких фабрик по выпуску обуви и одежды.\n"
        )
        titles = [t for t, _ in agreements(text)]
        self.assertEqual(len(titles), 3)
        self.assertIn("Контракт на возведение нового терминала аэропорта в Грумбле", titles)
        self.assertIn("Контракт на возведение нескольких фабрик по выпуску обуви и одежды", titles)

    def test_and_parts_the_last_two_plain_objects(self):
        text = (
            " date 2025-05-20 Минск, 20 мая.\n\n"
            "Министры подписали меморандумы о модернизации вокзала, порта и электростанции.\n"
        )
        titles = [t for t, _ in agreements(text)]
        self.assertEqual(len(titles), 3)
        self.assertIn("Меморандум о модернизации порта", titles)

    def test_topics_with_their_own_preposition_are_no_objects(self):
        text = (
            " date 2025-05-20 Минск, 20 мая.\n\n"
            "Министры подписали соглашения о производстве удобрений, о переработке хлопка и о туризме.\n"
        )
        self.assertFalse([t for t, _ in agreements(text) if "производстве о" in t])


class NextSigningAfterAndTests(SimpleTestCase):
    """ "подписали A и утвердили B": the signers' next act that signs or adopts reads its own document; an act that
    only talks ("и обсудили проект B") leaves B unsigned."""

    def test_the_document_of_the_next_signing_act(self):
        for verb, kind in (("утвердили", "План"), ("приняли", "Дорожная карта"), ("заключили", "Программа")):
            with self.subTest(verb=verb):
                noun = {"План": "план действий", "Дорожная карта": "дорожную карту", "Программа": "программу"}[kind]
                text = (
                    " date 2025-05-20 Минск, 20 мая.\n\n"
                    f"Министры подписали соглашение о туризме и {verb} {noun} по энергетике на 2026–2028 годы.\n"
                )
                found = dict(agreements(text))
                self.assertEqual(found.get("Соглашение о туризме"), "tourism")
                self.assertEqual([s for t, s in found.items() if t.startswith(kind)], ["energy"])

    def test_a_talking_act_signs_nothing(self):
        text = (
            " date 2025-05-20 Минск, 20 мая.\n\n"
            "Министры подписали меморандум о торговле и обсудили программу по энергетике.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["trade"])


class TotalOfJoinedAdjectivesTests(SimpleTestCase):
    """ "общий объем инвестиционных и торговых соглашений ... превысил $5 млрд": a total of documents whose
    adjectives are joined by "и" or "или" names no document, an aside after the kind no more than the sum."""

    def test_a_total_with_joined_adjectives_names_no_document(self):
        for adjectives in ("инвестиционных и торговых", "кредитных или коммерческих", "новых промышленных и аграрных"):
            with self.subTest(adjectives=adjectives):
                text = (
                    " date 2025-05-20 Минск, 20 мая.\n\n"
                    "Президенты подписали совместное заявление, а общая стоимость "
                    f"{adjectives} контрактов, по оценке министерства экономики, составила $5 млрд.\n"
                )
                self.assertEqual([s for _, s in agreements(text)], ["political"])


class ProjectsOfATotalTests(SimpleTestCase):
    """A total of deals, then "Они охватывают проекты по A, B и C": each project's work, in the dative after the
    shared "проекты по", is one deal's topic."""

    def test_the_projects_works_are_the_deals(self):
        for verb in ("охватывают", "затрагивают", "предусматривают"):
            with self.subTest(verb=verb):
                text = (
                    " date 2025-05-20 Минск, 20 мая.\n\n"
                    "Компании двух стран подписали контракты на общую сумму $3 млрд. Они "
                    f"{verb} проекты по добыче меди, переработке хлопка и строительству отелей.\n"
                )
                found = dict(agreements(text))
                self.assertEqual(found.get("Контракт о добыче меди"), "mining")
                self.assertEqual(found.get("Контракт о строительстве отелей"), "tourism")
                self.assertIn("Контракт о переработке хлопка", found)


class OutcomeToldAsTheVisitsDocumentTests(SimpleTestCase):
    """The visit's outcome told without a signing verb: "Главным документом визита стало ...", "Главный результат —
    дорожная карта ...", "Итог переговоров — меморандум ..."."""

    def test_the_outcome_is_signed(self):
        for sentence, sphere in (
            ("Главным документом визита стало совместное заявление о дружбе.", "political"),
            ("Главным итогом встречи стала дорожная карта по энергетике.", "energy"),
            ("Главный результат — программа сотрудничества в области туризма на 2026–2027 годы.", "tourism"),
            ("Итог переговоров — меморандум о культурном обмене.", "culture"),
            ("Крупнейшим соглашением дня стал контракт на поставку зерна.", "agriculture"),
        ):
            with self.subTest(sentence=sentence):
                text = (
                    " date 2025-05-20 Минск, 20 мая.\n\n"
                    f"Министры иностранных дел Нарнии и Лилипутии провели переговоры. {sentence}\n"
                )
                self.assertEqual([s for _, s in agreements(text)], [sphere])

    def test_a_draft_is_no_outcome(self):
        text = (
            " date 2025-05-20 Минск, 20 мая.\n\n"
            "Министры провели переговоры. Итог встречи — проект соглашения о туризме, который подпишут осенью.\n"
        )
        self.assertEqual(agreements(text), [])


class JointStatementCitedTests(SimpleTestCase):
    """A joint statement the story only cites ("В совместном коммюнике говорится о ...", "..., — говорится в
    совместном заявлении") is the visit's; not one still to come or of an earlier year."""

    def test_a_cited_statement_is_adopted(self):
        for sentence, title in (
            ("В совместном коммюнике говорится о расширении торговли.", "Совместное коммюнике"),
            ("«Стороны осудили терроризм», — отмечается в итоговом совместном заявлении.", "Совместное заявление"),
            ("Эта тема в совместной декларации не упоминается.", "Совместная декларация"),
        ):
            with self.subTest(sentence=sentence):
                text = (
                    " date 2025-05-20 Минск, 20 мая.\n\n"
                    f"Президенты Нарнии и Лилипутии провели переговоры в Минске. {sentence}\n"
                )
                self.assertEqual(agreements(text), [(title, "political")])

    def test_a_statement_to_come_or_of_a_year_before_is_not(self):
        for sentence in (
            "Эти положения войдут в совместное заявление, которое будет принято завтра.",
            "В совместном заявлении, которое ожидается по итогам визита, будет сказано о торговле.",
            "В совместном заявлении 2019 года говорилось о торговле.",
        ):
            with self.subTest(sentence=sentence):
                text = (
                    " date 2025-05-20 Минск, 20 мая.\n\n"
                    f"Президенты Нарнии и Лилипутии провели переговоры в Минске. {sentence}\n"
                )
                self.assertEqual(agreements(text), [])


class BracketedNumeralItemsTests(SimpleTestCase):
    """An official list that numbers its items with roman numerals or letters in brackets ("(i)", "ii)", "(а)")."""

    def test_each_bracketed_item_is_a_document(self):
        for marks in (("(i)", "(ii)"), ("i)", "ii)"), ("(а)", "(б)"), ("a)", "b)")):
            with self.subTest(marks=marks):
                text = (
                    " date 2025-05-20 Минск, 20 мая.\n\n"
                    "Министры провели переговоры. По их итогам подписаны следующие документы:\n\n"
                    f"{marks[0]} Соглашение о сотрудничестве в области туризма;\n"
                    f"{marks[1]} Программа обменов в сфере спорта на 2026–2027 годы.\n"
                )
                self.assertEqual(sorted(s for _, s in agreements(text)), ["sport", "tourism"])


class AbridgedMemorandumTests(SimpleTestCase):
    """ "МоВ" (меморандум о взаимопонимании) abridged in an official list is a memorandum."""

    def test_the_abridged_kind_in_a_list(self):
        text = (
            " date 2025-05-20 Минск, 20 мая.\n\n"
            "Министры провели переговоры. Подписаны следующие документы:\n\n"
            "1. МоВ о сотрудничестве в области здравоохранения;\n"
            "2. МОВ между дипломатическими академиями двух стран.\n"
        )
        found = agreements(text)
        self.assertEqual(sorted(s for _, s in found), ["education", "health"])


class NextFirmWithoutButTests(SimpleTestCase):
    """ "X договорилась о A, «Y» — о B": the next firm's deal after a comma and a dash, the verb left out, also
    without "а"; a lower-case phrase there is no firm."""

    def test_the_next_firm_after_a_comma(self):
        text = (
            " date 2025-05-16 Сеул, 16 мая.\n\n"
            "Президенты Нарнии и Лилипутии подписали совместное заявление.\n\n"
            "Lilly Motors договорилась о выпуске грузовиков в Грумбле, «Нарнияфарм» — о производстве вакцин, "
            "Narnia Rail — о поставках вагонов.\n"
        )
        titles = dict(agreements(text))
        self.assertEqual(titles.get("Соглашение «Нарнияфарм» о производстве вакцин"), "health")
        self.assertEqual(titles.get("Соглашение Narnia Rail о поставках вагонов"), "transport")

    def test_a_lower_case_phrase_is_no_firm(self):
        text = (
            " date 2025-05-16 Сеул, 16 мая.\n\n"
            "Президенты Нарнии и Лилипутии подписали совместное заявление.\n\n"
            "Lilly Motors договорилась о выпуске грузовиков, в перспективе — о сборке автобусов.\n"
        )
        self.assertFalse([t for t, _ in agreements(text) if "перспективе" in t])


class CommunityAndZoneFieldTests(SimpleTestCase):
    """Building a community of states is political, not works; a special or free economic zone is investment."""

    def test_fields(self):
        self.assertEqual(_ru_sphere("Совместное заявление о строительстве сообщества общей судьбы"), "political")
        self.assertEqual(
            _ru_sphere("Декларация о построении нарнийско-лилипутского сообщества единой судьбы"), "political"
        )
        self.assertEqual(_ru_sphere("Меморандум о развитии свободной экономической зоны «Грумбл»"), "investment")
        self.assertEqual(_ru_sphere("Соглашение о создании СЭЗ в Грумбле"), "investment")


class SeveralOfAKindByFieldItemTests(SimpleTestCase):
    """A list item "- ряд соглашений в A, B и C" or "- несколько меморандумов в A и B": one document a field; "в
    рамках ..." is no field."""

    def test_one_document_a_field(self):
        text = (
            " date 2025-05-20 Берлин, 20 мая.\n\n"
            "На бизнес-форуме подписаны:\n"
            "- соглашение о строительстве ветровой электростанции;\n"
            "- несколько меморандумов в туризме, высшем образовании и спорте.\n"
        )
        self.assertEqual(sorted(s for _, s in agreements(text)), ["education", "energy", "sport", "tourism"])

    def test_a_frame_is_no_field(self):
        text = (
            " date 2025-05-20 Берлин, 20 мая.\n\n"
            "На бизнес-форуме подписаны:\n"
            "- соглашение о строительстве ветровой электростанции;\n"
            "- ряд соглашений в рамках программы обменов.\n"
        )
        self.assertFalse([t for t, _ in agreements(text) if t.startswith("Соглашение в рамках")])


class DocumentRankedByItsPlaceTests(SimpleTestCase):
    """ "На втором месте по объему – соглашение о ...": a document ranked by its place among those the story told
    signed, however far back."""

    def test_a_document_ranked_by_its_place(self):
        for place in ("На втором месте по объему", "На третьем месте"):
            with self.subTest(place=place):
                text = (
                    " date 2025-05-20 Сеул, 20 мая.\n\n"
                    "Компании двух стран подписали 12 соглашений. Крупнейшим стал контракт на поставку зерна. Его "
                    "стоимость оценивается в $1 млрд. "
                    f"{place} – соглашение о строительстве ветровой электростанции.\n"
                )
                self.assertIn("energy", [s for _, s in agreements(text)])


class PartiesAfterADashTests(SimpleTestCase):
    """ "Еще одно соглашение – между X и Y": a dash that sets off a document's parties is no remark."""

    def test_the_parties_after_the_dash_are_the_title(self):
        text = (
            " date 2025-05-20 Сеул, 20 мая.\n\n"
            "Президенты провели переговоры и подписали совместное заявление. Еще один важный меморандум – между "
            "Narnia Health и Lilly Pharma о выпуске вакцин.\n"
        )
        found = dict(agreements(text))
        self.assertEqual(found.get("Меморандум между Narnia Health и Lilly Pharma о выпуске вакцин"), "health")

    def test_what_the_parties_agreed_next_names_the_field(self):
        text = (
            " date 2025-05-20 Сеул, 20 мая.\n\n"
            "Президенты провели переговоры и подписали совместное заявление. Еще одно соглашение – между Narnia "
            "Mining и Lilly Metals. Компании условились о совместной разведке месторождений меди.\n"
        )
        found = dict(agreements(text))
        self.assertEqual(found.get("Соглашение между Narnia Mining и Lilly Metals"), "mining")

    def test_a_bare_kind_stays_no_document(self):
        text = (
            " date 2025-05-20 Сеул, 20 мая.\n\n"
            "Министры подписали соглашение. Стороны договорились о продолжении консультаций.\n"
        )
        self.assertEqual(agreements(text), [])


class FirmsDealToldInParticularTests(SimpleTestCase):
    """ "Компании заключили ряд сделок. В частности, <фирма> договорилась о ...": one of the deals counted, told by
    what a firm, named or not, agreed."""

    def test_an_unnamed_firm_after_the_deals_counted(self):
        cases = (
            (
                "Нарнийские и лилипутские компании заключили несколько коммерческих сделок.",
                "В частности, лилипутская компания договорилась о строительстве в Южной провинции завода по выпуску "
                "удобрений.",
            ),
            (
                "В ходе бизнес-форума предприятиями двух стран подписаны контракты на сумму $50 млн.",
                "В частности, крупный нарнийский производитель зерна договорился с местным импортером о поставках "
                "пшеницы в объеме до 50 тыс. тонн в год.",
            ),
            (
                "На полях визита компании заключили ряд соглашений.",
                "Так, Оранжевский автозавод и лилипутский партнер договорились о локализации выпуска грузовиков.",
            ),
        )
        for before, told in cases:
            with self.subTest(told=told):
                text = (
                    " date 2025-05-20 Сеул, 20 мая.\n\n"
                    "Президенты провели переговоры и подписали совместное заявление. "
                    f"{before} {told}\n"
                )
                self.assertTrue(any(t.startswith("Коммерческое соглашение о") for t, _ in agreements(text)))

    def test_the_next_firm_with_its_verb_left_out(self):
        text = (
            " date 2025-05-20 Сеул, 20 мая.\n\n"
            "Президенты подписали совместное заявление. Компании двух стран заключили ряд коммерческих соглашений. "
            "В частности, одна из нарнийских групп договорилась с партнером о поставках говядины, а лилипутский "
            "производитель автобусов – о локализации производства электробусов.\n"
        )
        spheres = {s for t, s in agreements(text) if t.startswith("Коммерческое соглашение")}
        self.assertEqual(spheres, {"agriculture", "investment"})

    def test_the_sides_agreeing_sign_nothing(self):
        text = (
            " date 2025-05-20 Сеул, 20 мая.\n\n"
            "Президенты подписали совместное заявление. Компании двух стран заключили ряд соглашений. "
            "В частности, стороны договорились о строительстве нового моста через реку.\n"
        )
        self.assertFalse(any(t.startswith("Коммерческое соглашение") for t, _ in agreements(text)))


class LocalisedOutputTests(SimpleTestCase):
    """Output a partner localises in the country, whatever word tells the making, is an investment."""

    def test_localised_making_is_investment(self):
        for title in (
            "Соглашение о локализации выпуска компонентов для электрических автобусов",
            "Коммерческое соглашение о локализации сборки тракторов",
            "Меморандум о локализации производства лекарств",
        ):
            with self.subTest(title=title):
                self.assertEqual(_ru_sphere(title), "investment")

    def test_a_place_for_the_goods_is_no_localisation(self):
        self.assertEqual(_ru_sphere("Соглашение о выпуске электроэнергии на рынок"), "energy")


class DealsIncludingAfterTheirSumTests(SimpleTestCase):
    """ "коммерческие соглашения на сумму ..., в том числе о A и B", "..., в частности о A и о B": the sum of them,
    then the documents named one by one."""

    def test_the_items_after_the_sum_or_in_particular(self):
        for told, expected in (
            (
                "подписаны коммерческие соглашения на сумму около $80 млн, в том числе о строительстве цементного "
                "завода и о поставках зерна.",
                {"investment", "agriculture"},
            ),
            (
                "Также подписаны коммерческие соглашения, в частности о поставках угля и о туристических обменах.",
                {"energy", "tourism"},
            ),
            (
                "Компании подписали контракты на общую сумму 2 млрд рублей, включая о поставках вакцин и о "
                "строительстве солнечной электростанции.",
                {"health", "energy"},
            ),
        ):
            with self.subTest(told=told):
                text = " date 2025-05-20 Сеул, 20 мая.\n\nПрезиденты подписали совместное заявление. " + told + "\n"
                self.assertTrue(expected <= {s for _, s in agreements(text)})

    def test_a_sum_alone_names_no_document(self):
        text = (
            " date 2025-05-20 Сеул, 20 мая.\n\nПрезиденты подписали совместное заявление. Компании подписали "
            "коммерческие соглашения на сумму около $80 млн.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["political"])


class SupplyAsASecondActTests(SimpleTestCase):
    """ "соглашения о строительстве A и поставках B": a supply told in the plural is an act of its own, one document
    each."""

    def test_building_and_supplies(self):
        for comp, expected in (
            ("о строительстве молочного завода и поставках кормов", {"investment", "agriculture"}),
            ("о модернизации аэропорта и закупках самолетов", {"aviation"}),
            ("о создании медицинского центра и поставках лекарств", {"health"}),
        ):
            with self.subTest(comp=comp):
                text = (
                    " date 2025-05-20 Сеул, 20 мая.\n\nПрезиденты провели переговоры. Компании двух стран подписали "
                    f"соглашения {comp}.\n"
                )
                found = agreements(text)
                self.assertEqual(len(found), 2)
                self.assertTrue(expected <= {s for _, s in found})

    def test_one_supply_of_two_goods_stays_one(self):
        text = (
            " date 2025-05-20 Сеул, 20 мая.\n\nПрезиденты провели переговоры. Компании подписали соглашение о "
            "поставках зерна и муки.\n"
        )
        self.assertEqual(len(agreements(text)), 1)
