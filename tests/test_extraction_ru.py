"""The Russian reader of the import assistant: each kind of wording it must read, in words no corpus article uses."""

from django.test import SimpleTestCase

from relations_plugin.extraction import suggest_package


def quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker.name, q.text) for q in suggest_package(text).quotes]


def people(text: str) -> dict[str, str]:
    return {p.name: p.country for p in suggest_package(text).participants}


class MorphologyReaderTests(SimpleTestCase):
    def test_the_dictionary_is_read_by_the_compiled_reader(self):
        # The pure-Python reader gives the same parses at about half the speed, below the assistant's speed bar.
        from pymorphy3 import dawg

        self.assertTrue(dawg.EXTENSION_AVAILABLE)


class GuardedPatternTests(SimpleTestCase):
    """A long alternation behind the lookahead of its first letters finds the same words at the same places."""

    def test_the_same_matches(self):
        import re

        from relations_plugin.extraction.russian_lexicon import _guarded

        pattern = r"(?<![\w-])(?:(?P<a>меморандум\w*)|(?P<b>(?:совместн\w+ )?заявлени\w*)|(?P<c>пакт))(?![\w-])"
        text = "Стороны подписали Меморандум, затем — совместное заявление; «пакт» и импакт, заявления-проекты."
        plain, guarded = re.compile(pattern, re.I), re.compile(_guarded(pattern, re.I), re.I)
        self.assertTrue(guarded.pattern.startswith("(?=["))
        self.assertEqual(
            [(m.span(), m.lastgroup) for m in guarded.finditer(text)],
            [(m.span(), m.lastgroup) for m in plain.finditer(text)],
        )

    def test_a_pattern_that_may_start_anywhere_is_left_as_it_is(self):
        from relations_plugin.extraction.russian_lexicon import _guarded

        for pattern in (r"\w+ство", r"(?:о )?", r"[^,]+,"):
            self.assertEqual(_guarded(pattern), pattern)

    def test_without_the_private_parser_a_pattern_is_left_as_it_is(self):
        from unittest import mock

        from relations_plugin.extraction import russian_lexicon

        with mock.patch.object(russian_lexicon, "_sre_parser", None):
            self.assertEqual(russian_lexicon._guarded(r"(?:меморандум|пакт)\w*"), r"(?:меморандум|пакт)\w*")


class TranscriptTests(SimpleTestCase):
    """A transcript's speaker label opens a turn; the lines up to the next label are the speaker's words."""

    KREMLIN = (
        " date 2025-05-20 Белорусско-непальские переговоры\n\n"
        "Минск, Дворец Независимости\n\n"
        "Александр Лукашенко провел переговоры с Президентом Федеративной Демократической Республики Непал "
        "Рамом Чандрой Паудьялом.\n\n"
        "Заявления для прессы\n\n"
        "А.Лукашенко: Уважаемый господин Президент! Уважаемые журналисты!\n\n"
        "Мы обсудили поставки тракторов и удобрений. Товарооборот за год вырос вдвое.\n\n"
        "Договорились открыть торговый дом в Катманду.\n\n"
        "Благодарю за внимание.\n\n"
        "Р.Паудьял (как переведено): Непал ценит опыт Беларуси в подготовке инженеров. Наши студенты учатся "
        "в белорусских вузах.\n\n"
        "* * *\n\n"
        "Документы, подписанные в ходе визита\n"
    )

    def test_each_line_of_a_turn_is_the_speakers_greetings_and_thanks_too(self):
        self.assertEqual(
            quotes(self.KREMLIN),
            [
                ("Александр Лукашенко", "Уважаемый господин Президент! Уважаемые журналисты!"),
                (
                    "Александр Лукашенко",
                    "Мы обсудили поставки тракторов и удобрений. Товарооборот за год вырос вдвое.",
                ),
                ("Александр Лукашенко", "Договорились открыть торговый дом в Катманду."),
                ("Александр Лукашенко", "Благодарю за внимание."),
                (
                    "Рам Чандра Паудьял",
                    "Непал ценит опыт Беларуси в подготовке инженеров. Наши студенты учатся в белорусских вузах.",
                ),
            ],
        )

    def test_a_turn_is_one_group(self):
        groups = [q.group for q in suggest_package(self.KREMLIN).quotes]
        self.assertEqual(len(set(groups[:4])), 1)
        self.assertNotEqual(groups[3], groups[4])

    def test_a_salutation_with_no_label_before_it_is_no_ones(self):
        text = (
            " date 2025-05-20 Минск, 20 мая.\n\n"
            "Уважаемые читатели!\n\n"
            "Александр Лукашенко провел переговоры с Президентом Непала Рамом Чандрой Паудьялом.\n"
        )
        self.assertEqual(quotes(text), [])

    def test_a_label_with_a_title_after_the_name_and_dash_lines(self):
        text = (
            " date 2024-02-02 Астана, 2 февраля.\n\n"
            "В Астане — министр промышленности Турции. Переговоры шли три часа.\n\n"
            "Мехмет Озкан, министр промышленности и технологий Турции:\n"
            "— Мы готовы строить здесь заводы. Первый откроется через год.\n\n"
            "Речь идет о производстве автобусов. Площадку уже выбрали.\n\n"
            "ВЕДУЩИЙ: Спасибо.\n"
        )
        self.assertEqual(
            quotes(text), [("Мехмет Озкан", "Мы готовы строить здесь заводы. Первый откроется через год.")]
        )
        self.assertEqual(people(text), {"Мехмет Озкан": "TR"})

    def test_a_press_statement_with_a_dash_before_its_first_paragraph_only(self):
        text = (
            " date 2024-04-10 Москва, 10 апреля.\n\n"
            "Президент России Степан Журавлев провел переговоры с Президентом Перу Мануэлем Ортисом.\n\n"
            "Приводим заявления для прессы.\n\n"
            "Степан Журавлев:\n\n"
            "- Уважаемые коллеги!\n\n"
            "Мы обсудили торговлю и поставки удобрений.\n\n"
            "Особое внимание уделили прямому авиасообщению. Договорились продолжить консультации.\n\n"
            "Как рассказал журналистам пресс-секретарь Президента России Олег Минин, встреча продлилась три часа.\n"
        )
        said = [q for who, q in quotes(text) if who == "Степан Журавлев"]
        self.assertEqual(
            said,
            [
                "Уважаемые коллеги!",
                "Мы обсудили торговлю и поставки удобрений.",
                "Особое внимание уделили прямому авиасообщению. Договорились продолжить консультации.",
            ],
        )

    def test_the_speakers_own_silence_after_but_ends_the_reported_words(self):
        text = (
            " date 2024-04-10 Лима, 10 апреля.\n\n"
            "Министр иностранных дел Перу Хавьер Рохас принял министра иностранных дел Латвии Андриса Озолса.\n\n"
            "Хавьер Рохас сообщил, что стороны подготовят новый договор о туризме, но сроков не назвал.\n\n"
            "Андрис Озолс отметил, что торговля растет, но товарооборот не достиг прежнего уровня.\n"
        )
        self.assertIn(("Хавьер Рохас", "стороны подготовят новый договор о туризме"), quotes(text))
        self.assertIn(("Андрис Озолс", "торговля растет, но товарооборот не достиг прежнего уровня"), quotes(text))

    def test_the_pronoun_after_marks_is_the_outsider_whose_verb_agrees(self):
        text = (
            " date 2024-05-12 Кишинев, 12 мая.\n\n"
            "Президент Молдовы Инга Кожокару провела переговоры с президентом Румынии Михаем Бэлану.\n\n"
            "Инга Кожокару заявила, что стороны готовы строить мосты. «Мы начнем уже летом», – сказала она.\n\n"
            "Депутат от оппозиции Дина Штефэнеску в беседе с журналистами заявила, что визит ничего не дал. "
            "«Мы не видели ни одного договора. Никто нас не спросил», – сказала она.\n"
        )
        said = quotes(text)
        self.assertIn(("Инга Кожокару", "Мы начнем уже летом"), said)
        self.assertNotIn("Мы не видели ни одного договора. Никто нас не спросил", [q for who, q in said])

    def test_praise_takes_the_words_in_marks_but_not_a_name(self):
        text = (
            " date 2024-05-12 Лима, 12 мая.\n\n"
            "Президент Перу Мануэль Ортис принял Президента Латвии Яниса Берзиньша.\n\n"
            "Мануэль Ортис похвалил «настойчивость, с которой Рига открывает новые рынки» и авиакомпанию «Балтик».\n"
        )
        self.assertEqual(quotes(text), [("Мануэль Ортис", "настойчивость, с которой Рига открывает новые рынки")])

    def test_about_this_with_a_date_between_commas_gives_the_sentence_before(self):
        text = (
            " date 2024-05-12 Лима, 12 мая.\n\n"
            "Президент Перу Мануэль Ортис принял Президента Латвии Яниса Берзиньша.\n\n"
            "Компании двух стран подписали шесть контрактов на поставку древесины. Об этом во вторник, 11 мая, "
            "сообщил журналистам министр торговли Перу Хорхе Салас.\n"
        )
        self.assertEqual(
            quotes(text), [("Хорхе Салас", "Компании двух стран подписали шесть контрактов на поставку древесины")]
        )

    def test_marks_after_a_pronouns_according_open_the_second_piece(self):
        text = (
            " date 2024-05-12 Лима, 12 мая.\n\n"
            "Президент Перу Мануэль Ортис принял Президента Латвии Яниса Берзиньша.\n\n"
            "Мануэль Ортис улыбался. Затем он привел цифры: экспорт меди вырос, по его словам, «почти вдвое», "
            "а Латвия стала важным покупателем перуанского кофе.\n\n"
            "Один из источников, знакомых с ходом переговоров, сообщил, что обсуждали и рыболовство. Решения нет: "
            "латвийская сторона, по его словам, «хочет видеть расчеты квот».\n"
        )
        said = quotes(text)
        self.assertIn(("Мануэль Ортис", "экспорт меди вырос"), said)
        self.assertIn(("Мануэль Ортис", "«почти вдвое», а Латвия стала важным покупателем перуанского кофе"), said)
        self.assertNotIn("латвийская сторона", [q for _, q in said])

    def test_a_long_subject_before_a_pronouns_according_is_the_speakers(self):
        text = (
            " date 2024-05-12 Лима, 12 мая.\n\n"
            "Президент Перу Мануэль Ортис принял Президента Латвии Яниса Берзиньша.\n\n"
            "Как сообщил журналистам советник президента Перу Рауль Мендоса, стороны обсудили рыболовство. "
            "Новая встреча министров сельского хозяйства двух стран на полях весеннего форума, по его словам, "
            "«может пройти уже в мае».\n"
        )
        said = quotes(text)
        self.assertIn(
            ("Рауль Мендоса", "Новая встреча министров сельского хозяйства двух стран на полях весеннего форума"),
            said,
        )
        self.assertIn(("Рауль Мендоса", "«может пройти уже в мае»"), said)

    def test_a_pronouns_according_after_marks_told_by_title(self):
        # the speaker of the marks just before, named there only by his office, is the one "по его словам" means;
        # an unnamed source set off by a colon is not
        text = (
            " date 2024-05-12 Лима, 12 мая.\n\n"
            "Министр энергетики Перу Рауль Мендоса принял Президента Латвии Яниса Берзиньша.\n\n"
            "«Интерес к нашему сжиженному газу только растет», — отметил министр. Вопрос о тарифах, по его словам, "
            "«пока остается открытым» и на встрече не обсуждался.\n\n"
            "«Работа идет», — добавил министр. Один из членов делегации высказался прямее: латвийцы, по его словам, "
            "«спорят о каждом центе».\n"
        )
        said = quotes(text)
        self.assertIn(("Рауль Мендоса", "Вопрос о тарифах"), said)
        self.assertIn(("Рауль Мендоса", "«пока остается открытым» и на встрече не обсуждался"), said)
        self.assertNotIn("«спорят о каждом центе»", [q for _, q in said])
        self.assertNotIn("латвийцы", [q for _, q in said])

    def test_a_turn_ends_where_the_story_names_a_participant_again(self):
        text = (
            " date 2024-03-01 Ереван, 1 марта.\n\n"
            "Премьер-министр Армении Арам Саркисян принял Президента Словении Бориса Ковача.\n\n"
            "А.Саркисян: Мы договорились о прямом авиасообщении.\n\n"
            "Позже министр экономики Армении Давид Манукян рассказал журналистам о тарифах.\n"
        )
        self.assertEqual(quotes(text)[0], ("Арам Саркисян", "Мы договорились о прямом авиасообщении."))
        self.assertEqual(len([q for q in quotes(text) if q[0] == "Арам Саркисян"]), 1)

    def test_a_presenters_and_a_questions_lines_are_not_quotes(self):
        text = (
            " date 2024-03-01 Ереван, 1 марта.\n\n"
            "Президент Армении Ваге Хачатрян принял Президента Словении Бориса Ковача.\n\n"
            "Вопрос (армянское телевидение): Когда откроется рейс?\n\n"
            "КОРРЕСПОНДЕНТ: Переговоры шли три часа.\n"
        )
        self.assertEqual(quotes(text), [])

    def test_a_colon_after_a_speech_verb_is_not_a_label(self):
        text = (
            " date 2024-03-01 Ереван, 1 марта.\n\n"
            "Президент Армении Ваге Хачатрян принял Президента Словении Бориса Ковача.\n\n"
            "Президент Словении заявил: сотрудничество будет расширено.\n"
        )
        self.assertEqual(quotes(text), [("Борис Ковач", "сотрудничество будет расширено")])


class NameTests(SimpleTestCase):
    """Names in any case give one person in the nominative, also names the dictionary does not know."""

    def test_a_foreign_first_name_in_the_case_of_its_surname(self):
        text = "Президент Сербии встретился с Президентом Республики Фиджи Тевитой Рабукаем.\n\nТ.Рабукай: Спасибо."
        self.assertIn("Тевита Рабукай", people(text))

    def test_a_title_with_an_adjective_of_the_state_form_before_the_name(self):
        text = "Переговоры прошли с Президентом Исламской Республики Пакистан Арифом Алви."
        self.assertEqual(people(text), {"Ариф Алви": "PK"})

    def test_a_title_in_apposition_after_the_name(self):
        text = "Переговоры длились час.\n\nЛаура Мендес, министр иностранных дел Уругвая, прибыла в Ханой."
        person = suggest_package(text).participants[0]
        self.assertEqual((person.name, person.country, person.role), ("Лаура Мендес", "UY", "minister"))

    def test_a_name_with_an_arabic_particle(self):
        text = "Министр энергетики Кувейта Халид аль-Фадель встретился с коллегой."
        self.assertIn("Халид аль-Фадель", people(text))

    def test_an_east_asian_name_opening_a_sentence(self):
        text = "Визит длился два дня.\n\nЧан Ван Кьет, министр финансов Вьетнама, прибыл в Минск."
        self.assertIn("Чан Ван Кьет", people(text))


def agreements(text: str) -> list[tuple[str, str]]:
    return [(a.title, a.sphere) for a in suggest_package(text).agreements]


class AgreementListTests(SimpleTestCase):
    """A list of signed instruments gives one agreement per item, its sphere from the item's whole title."""

    def test_items_one_a_line_after_a_heading_without_a_full_stop(self):
        text = (
            " date 2024-06-03 Ташкент, 3 июня.\n\n"
            "Президенты провели переговоры.\n\n"
            "Перечень документов, подписанных по итогам государственного визита\n\n"
            "Договор о стратегическом партнерстве между Республикой Узбекистан и Республикой Корея.\n\n"
            "Межправительственное соглашение о сотрудничестве в области здравоохранения.\n\n"
            "Меморандум между министерствами о подготовке кадров для энергетики.\n\n"
            "Президенты осмотрели выставку.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["political", "health", "education"])

    def test_numbered_items_after_a_colon(self):
        text = (
            " date 2024-06-03 Ташкент, 3 июня.\n\n"
            "В присутствии лидеров были подписаны:\n"
            "1) Программа сотрудничества в сфере туризма на 2025–2027 годы;\n"
            "2) Меморандум о взаимопонимании в области геологии;\n"
            "3) Протокол о внесении изменений в соглашение о воздушном сообщении.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["tourism", "mining", "aviation"])

    def test_a_line_after_the_heading_goes_on_with_it_and_a_kind_in_marks_is_named_without_them(self):
        text = (
            " date 2024-06-03 Ташкент, 3 июня.\n\n"
            "Президенты провели переговоры.\n\n"
            "Что подписали\n\n"
            "Документов в итоге набралось девять. Самые важные:\n\n"
            "• «дорожная карта» сотрудничества в сфере туризма на 2025–2027 годы;\n"
            "• соглашение о сотрудничестве в области геологии.\n\n"
            "Президенты осмотрели выставку.\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Дорожная карта сотрудничества в сфере туризма на 2025–2027 годы", "tourism"),
                ("Соглашение о сотрудничестве в области геологии", "mining"),
            ],
        )

    def test_a_counted_item_of_one_kind_in_several_fields_after_a_dash(self):
        text = (
            " date 2024-06-03 Ташкент, 3 июня.\n\n"
            "Министры подписали протокол и шесть других документов.\n\n"
            "Что подписано\n"
            "• протокол заседания межправкомиссии;\n"
            "• два ведомственных меморандума — в сфере туризма и здравоохранения.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["other", "tourism", "health"])

    def test_a_headlines_document_named_in_full_in_the_body_is_one(self):
        text = (
            " date 2024-06-03\n"
            "Казахстан и Словакия подписали соглашение о поставках газа\n\n"
            "Министры энергетики подписали Соглашение между Правительством Республики Казахстан и Правительством "
            "Словацкой Республики о сотрудничестве в газовой отрасли.\n"
        )
        self.assertEqual(len(agreements(text)), 1)
        self.assertTrue(agreements(text)[0][0].startswith("Соглашение между Правительством"))

    def test_a_leads_document_and_another_of_its_field_are_two(self):
        text = (
            " date 2024-06-03 Астана, 3 июня.\n\n"
            "Казахстан и Словакия подписали соглашение о поставках газа.\n\n"
            "Кроме того, подписано соглашение о строительстве газохранилища.\n"
        )
        self.assertEqual(len(agreements(text)), 2)

    def test_a_line_after_the_heading_that_lists_no_instruments(self):
        text = (
            " date 2024-06-03 Ташкент, 3 июня.\n\n"
            "Что подписали\n\n"
            "Главное в итогах:\n\n"
            "• рейсы станут ежедневными;\n"
            "• туристы поедут без виз.\n"
        )
        self.assertEqual(agreements(text), [])

    def test_an_initialled_list_is_not_signed(self):
        text = (
            " date 2024-06-03 Ташкент, 3 июня.\n\n"
            "Стороны парафировали следующие документы:\n"
            "— Соглашение о сотрудничестве в сфере транспорта;\n"
            "— Меморандум о туризме.\n"
        )
        self.assertEqual(agreements(text), [])

    def test_instruments_in_one_sentence_with_adjectives_before_the_kind(self):
        text = (
            " date 2024-06-03 Ташкент, 3 июня.\n\n"
            "В присутствии министров подписаны протокол второго заседания совместной комиссии, "
            "межправительственное соглашение о сотрудничестве в области ветеринарии и программа обменов в сфере "
            "спорта."
        )
        self.assertEqual([s for _, s in agreements(text)], ["other", "agriculture", "sport"])

    def test_a_total_with_a_word_of_approximation_names_no_document(self):
        text = " date 2024-06-03 Ташкент, 3 июня.\n\nКомпании заключили контракты примерно на 80 миллионов евро."
        self.assertEqual(agreements(text), [])

    def test_a_document_as_a_clauses_subject_is_not_a_title(self):
        text = (
            " date 2024-06-03 Ташкент, 3 июня.\n\n"
            "Министры подписали соглашение о сотрудничестве в сфере образования. Подписанное соглашение позволит "
            "открыть филиалы вузов."
        )
        self.assertEqual([s for _, s in agreements(text)], ["education"])


class ParticipantTests(SimpleTestCase):
    """Every named official taking part, with the country they represent."""

    def test_a_leader_named_bare_in_the_headline_takes_the_role_of_the_unnamed_title(self):
        text = (
            " date 2025-04-02 Шавкат Мирзиёев провел переговоры с Президентом Латвии Эдгаром Ринкевичем\n\n"
            "РИГА. Состоялась церемония встречи Президента Узбекистана, прибывшего с визитом.\n\n"
            "Глава государства отметил, что Латвия является важным партнером в Балтии."
        )
        self.assertEqual(people(text), {"Шавкат Мирзиёев": "UZ", "Эдгар Ринкевич": "LV"})
        self.assertEqual(quotes(text), [("Шавкат Мирзиёев", "Латвия является важным партнером в Балтии")])

    def test_a_surname_the_dictionary_guesses_as_a_place_after_a_first_name(self):
        text = "Вечером гость встретится с Премьер-министром Словакии Робертом Фицо и Петером Баконьи."
        self.assertIn("Роберт Фицо", people(text))

    def test_the_dead_named_at_a_memorial_are_not_participants(self):
        text = (
            "Премьер-министр Пакистана Шахбаз Шариф возложил венок к могиле основателя страны Мухаммада Али "
            "Джинны и почтил память лидера Зульфикара Бхутто."
        )
        self.assertEqual(people(text), {"Шахбаз Шариф": "PK"})

    def test_an_adjective_after_a_title_is_not_a_name(self):
        text = "Затем премьер-министр Пакистана Шахбаз Шариф посетит Гянджинский алюминиевый завод."
        self.assertEqual(people(text), {"Шахбаз Шариф": "PK"})

    def test_a_deputy_without_a_country_is_the_ministers(self):
        text = (
            "Пекин, 5 мая. Министр энергетики Казахстана Алмасадам Саткалиев провел переговоры в Пекине. "
            "Заместитель министра Ерлан Акбаров уточнил, что стороны обсудили поставки газа."
        )
        self.assertEqual(people(text)["Ерлан Акбаров"], "KZ")

    def test_company_heads_at_a_ministers_working_visit_take_part(self):
        text = (
            "Министр энергетики Монголии Баасанжав Энхтувшин провел переговоры в Иркутске.\n\n"
            "Главный инженер компании «Иркутскэнерго» Сергей Логинов рассказал о ремонте линии. «Работы завершим "
            "к зиме», — пояснил он."
        )
        self.assertIn("Сергей Логинов", people(text))
        self.assertIn(("Сергей Логинов", "Работы завершим к зиме"), quotes(text))

    def test_a_region_between_a_title_and_a_name(self):
        text = "Министр энергетики Монголии встретился с заместителем губернатора Иркутской области Игорем Сидоровым."
        self.assertIn("Игорь Сидоров", people(text))

    def test_thanks_are_protocol_not_reported_speech(self):
        text = (
            "АСТАНА, 19 ноября. Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Сербии "
            "Александром Вучичем.\n\nВучич поблагодарил казахстанскую сторону за поддержку сербских компаний."
        )
        self.assertEqual(quotes(text), [])


class SphereTests(SimpleTestCase):
    def test_a_school_is_education_and_waters_of_a_river_are_water(self):
        text = (
            " date 2024-06-03 Ташкент, 3 июня.\n\n"
            "Министры подписали меморандум о сотрудничестве между Академией государственной службы и Высшей "
            "школой управления, а также соглашение о распределении вод реки Сох."
        )
        self.assertEqual([s for _, s in agreements(text)], ["education", "water"])


class TopicAfterPartiesSphereTests(SimpleTestCase):
    """The field of a document between named parties is its topic after "о", not the parties' names; an assembly
    or a localised production is an investment; motor roads are transport."""

    def test_the_topic_after_the_parties(self):
        text = (
            " date 2024-06-03 Ташкент, 3 июня.\n\n"
            "Подписан меморандум между Министерством энергетики и водного хозяйства Узбекистана и Министерством "
            "сельского хозяйства Венгрии о сотрудничестве в сфере рыболовства. Подписана также дорожная карта по "
            "развитию сборочного производства автобусов в Самарканде и соглашение между министерствами транспорта "
            "о строительстве автомобильных дорог.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["agriculture", "investment", "transport"])

    def test_parties_with_no_topic_of_a_field_keep_theirs(self):
        text = (
            " date 2024-06-03 Ташкент, 3 июня.\n\n"
            "Подписан меморандум между Министерством энергетики Узбекистана и Министерством энергетики Венгрии о "
            "взаимопонимании.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["energy"])


class AttributionFrameTests(SimpleTestCase):
    """Frames a reporting clause takes before, after and inside the words, written as no corpus article writes them."""

    HEAD = (
        " date 2024-04-10 Душанбе, 10 апреля.\n\n"
        "Президент Таджикистана Рустам Назаров провел переговоры с Президентом Латвии Мартином Озолсом.\n\n"
    )

    def test_reported_words_before_a_comma_and_a_verb_whose_subject_follows(self):
        text = self.HEAD + (
            "ДУШАНБЕ-ПРЕСС - Латвия откроет в Душанбе торговое представительство, сообщил журналистам "
            "латвийский президент Мартин Озолс по итогам переговоров.\n"
        )
        self.assertEqual(quotes(text), [("Мартин Озолс", "Латвия откроет в Душанбе торговое представительство")])

    def test_an_unnamed_source_after_the_comma_gives_no_quote(self):
        text = self.HEAD + "Товарооборот вырос на треть, сообщил источник в делегации.\n"
        self.assertEqual(quotes(text), [])

    def test_dashes_inside_dialogue_words_before_the_attributions_dash(self):
        text = self.HEAD + (
            "– Рига для нас – окно в Балтику, а Душанбе для Риги – ворота в Азию. Мы это ценим, – "
            "сказал Рустам Назаров.\n"
        )
        self.assertEqual(
            quotes(text),
            [("Рустам Назаров", "Рига для нас – окно в Балтику, а Душанбе для Риги – ворота в Азию. Мы это ценим")],
        )

    def test_the_subject_stands_before_an_insertion_closed_by_a_comma(self):
        text = self.HEAD + (
            "Латвийский президент, осмотрев новый терминал аэропорта, сказал, что рейсы Рига – Душанбе "
            "начнутся весной.\n\n"
            "Президент Таджикистана Рустам Назаров, председатель совета по инвестициям, заявил, что налоговые "
            "льготы для латвийских компаний сохранятся.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Мартин Озолс", "рейсы Рига – Душанбе начнутся весной"),
                ("Рустам Назаров", "налоговые льготы для латвийских компаний сохранятся"),
            ],
        )

    def test_a_gerund_of_speech_reports_for_a_subject_named_by_title(self):
        text = self.HEAD + "Таджикский лидер не назвал сроков, подчеркивая лишь, что проект уже профинансирован.\n"
        self.assertEqual(quotes(text), [("Рустам Назаров", "проект уже профинансирован")])

    def test_a_feeling_expressed_with_its_object_and_an_appeal_are_reported(self):
        text = self.HEAD + (
            "Мартин Озолс выразил обеспокоенность темпами строительства дороги.\n\n"
            "Рустам Назаров призвал латвийских перевозчиков открыть филиалы в Худжанде.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Мартин Озолс", "обеспокоенность темпами строительства дороги"),
                ("Рустам Назаров", "латвийских перевозчиков открыть филиалы в Худжанде"),
            ],
        )

    def test_any_form_of_a_verb_of_speech_frames_the_words(self):
        text = self.HEAD + (
            "Мартин Озолс поделился, что латвийские порты готовы к таджикскому хлопку.\n\n"
            "Рустам Назаров, в свою очередь, резюмировал: переговоры прошли продуктивно.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Мартин Озолс", "латвийские порты готовы к таджикскому хлопку"),
                ("Рустам Назаров", "переговоры прошли продуктивно"),
            ],
        )

    def test_what_is_proposed_in_an_infinitive_is_reported_with_whom_it_is_proposed_to(self):
        text = self.HEAD + (
            "Рустам Назаров предложил создать совместный фонд поддержки хлопководства.\n\n"
            "Мартин Озолс также предложил таджикской стороне чаще направлять студентов в Ригу.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Рустам Назаров", "создать совместный фонд поддержки хлопководства"),
                ("Мартин Озолс", "таджикской стороне чаще направлять студентов в Ригу"),
            ],
        )

    def test_a_thing_offered_is_no_words(self):
        text = self.HEAD + "Мартин Озолс предложил помощь латвийских инженеров в строительстве дороги.\n"
        self.assertEqual(quotes(text), [])


class SpeechVerbLexiconTests(SimpleTestCase):
    def test_every_form_made_from_an_infinitive_is_that_verb_in_the_dictionary(self):
        from relations_plugin.extraction.russian import _parses
        from relations_plugin.extraction.russian_lexicon import _RU_SPEECH_LEMMAS, _speech_forms

        for lemma in _RU_SPEECH_LEMMAS:
            for form in _speech_forms(lemma) | _speech_forms(lemma, gerunds=True):
                with self.subTest(form=form):
                    self.assertIn(lemma.replace("ё", "е"), {p.normal_form.replace("ё", "е") for p in _parses(form)})


class StatementHeadingTests(SimpleTestCase):
    """A statement given in full under a heading, or under a script's header with the name on its line."""

    def test_the_paragraphs_under_a_statement_heading_are_the_speakers_up_to_the_narration(self):
        text = (
            " date 2024-06-05 Кишинев, 5 июня.\n\n"
            "Президент Молдовы Ион Мунтяну принял Президента Грузии Левана Гелашвили.\n\n"
            "Выступление Президента Левана Гелашвили\n\n"
            "— Дорогие друзья!\n\n"
            "Мы приехали, чтобы открыть новую страницу. Грузинское вино и молдавские фрукты встретятся на одних "
            "рынках.\n\n"
            "Приглашаю Президента Иона Мунтяну в Тбилиси. Благодарю вас.\n\n"
            "Вечером Президент Грузии возложил цветы к памятнику.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Леван Гелашвили", "Дорогие друзья!"),
                (
                    "Леван Гелашвили",
                    "Мы приехали, чтобы открыть новую страницу. Грузинское вино и молдавские фрукты встретятся на "
                    "одних рынках.",
                ),
                ("Леван Гелашвили", "Приглашаю Президента Иона Мунтяну в Тбилиси. Благодарю вас."),
            ],
        )

    OPENING = (
        " date 2025-03-03 Вступительное слово Министра иностранных дел Республики Молдова И.П.Стратана в ходе "
        "переговоров с Министром иностранных дел Грузии Н.Беридзе, Кишинев, 3 марта 2025 года\n\n"
        "Уважаемый господин Министр,\n\n"
        "Уважаемые коллеги,\n\n"
        "Рад видеть вас в Кишиневе. Наши страны связывает давняя дружба.\n\n"
        "Предлагаем обсудить транзит через Черное море. Благодарю вас.\n\n"
        "* * *\n\n"
        "Министры обсудили вопросы транзита.\n"
    )

    def test_an_opening_word_in_the_headline_is_its_speakers_up_to_the_separator(self):
        self.assertEqual(
            [(n.split()[-1], t) for n, t in quotes(self.OPENING)],
            [
                ("Стратан", "Рад видеть вас в Кишиневе. Наши страны связывает давняя дружба."),
                ("Стратан", "Предлагаем обсудить транзит через Черное море. Благодарю вас."),
            ],
        )

    def test_initials_glued_to_a_surname_after_a_genitive_title_tell_a_mans_name(self):
        self.assertEqual(people(self.OPENING).get("Стратан"), "MD")
        woman = self.OPENING.replace("И.П.Стратана", "И.П.Стратановой").replace(
            "Министры обсудили", "И.П.Стратанова и Н.Беридзе обсудили"
        )
        self.assertIn("Стратанова", people(woman))

    def test_a_heading_that_governs_no_name_gives_the_words_to_no_one(self):
        text = self.OPENING.replace("Вступительное слово Министра", "Слово о переговорах Министра")
        self.assertEqual(quotes(text), [])

    def test_a_script_header_with_the_name_on_its_line_and_the_words_below(self):
        text = (
            " date 2024-06-05 Кишинев, 5 июня.\n\n"
            "Президент Молдовы Ион Мунтяну принял Президента Грузии Левана Гелашвили.\n\n"
            "СИНХРОН: Ион Мунтяну, Президент Республики Молдова\n"
            "Нам нужен второй газовый маршрут. Мы рады, что Тбилиси не только обещает его господину Гелашвили, "
            "но и строит.\n\n"
            "КОРР.: Переговоры продолжатся завтра.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Ион Мунтяну",
                    "Нам нужен второй газовый маршрут. Мы рады, что Тбилиси не только обещает его господину "
                    "Гелашвили, но и строит.",
                )
            ],
        )


class MarksTests(SimpleTestCase):
    HEAD = (
        " date 2024-04-10 Душанбе, 10 апреля.\n\n"
        "Президент Таджикистана Рустам Назаров провел переговоры с Президентом Латвии Мартином Озолсом.\n\n"
    )

    def test_straight_marks_nest_and_the_inner_words_of_the_other_leader_are_his(self):
        text = self.HEAD + (
            '"Мы нашли общий язык. Президент Назаров пообещал мне: "Хлопок пойдет через Ригу". Это важно", '
            "- сказал Озолс.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Мартин Озолс",
                    'Мы нашли общий язык. Президент Назаров пообещал мне: "Хлопок пойдет через Ригу". Это важно',
                ),
                ("Рустам Назаров", "Хлопок пойдет через Ригу"),
            ],
        )

    def test_a_headlines_paraphrase_after_a_surname_and_colon_is_not_a_quote(self):
        text = (
            " date 2024-04-10 Душанбе, 10 апреля.\n\n"
            "Назаров: Таджикистан удвоит экспорт хлопка в Латвию\n"
            "10 апреля 2024 года 12:55\n\n"
            "Президент Таджикистана Рустам Назаров провел переговоры с Президентом Латвии Мартином Озолсом.\n"
        )
        self.assertEqual(quotes(text), [])


class OutsiderTests(SimpleTestCase):
    """Commentators, bankers and officials the story says stayed away are quoted, but take no part in the visit."""

    HEAD = (
        " date 2024-09-03 Ереван, 3 сентября.\n\n"
        "Премьер-министр Армении Давид Мкртчян провел переговоры с Премьер-министром Греции Никосом Пападопулосом.\n\n"
    )

    def test_a_lecturer_a_researcher_and_a_banks_board_member_are_not_participants(self):
        text = self.HEAD + (
            "«Афины ищут выход на Иран», — считает старший преподаватель кафедры международных отношений "
            "Ереванского университета Ашот Манукян.\n\n"
            "Ведущий научный сотрудник Института Европы Карен Асатрян уверен, что товарооборот удвоится.\n\n"
            "Член правления армянского банка Лилит Оганян сообщила, что карты заработают к зиме.\n"
        )
        self.assertEqual(quotes(text), [])
        self.assertEqual(set(people(text)), {"Давид Мкртчян", "Никос Пападопулос"})

    def test_someone_the_story_says_took_no_part_is_not_a_participant(self):
        text = self.HEAD + (
            "Мэр Еревана Тигран Авинян участия в переговорах не принимал, но вечером мэр рассказал журналистам, что "
            "город готов принять греческий фестиваль.\n"
        )
        self.assertEqual(quotes(text), [])

    def test_a_commentators_word_elsewhere_in_the_sentence_does_not_make_a_deputy_minister_one(self):
        text = self.HEAD + (
            "В делегацию вошел заместитель министра экономики Армении Гор Сафарян.\n\n"
            "По словам замминистра Сафаряна, проект одобрен экспертами обеих сторон.\n"
        )
        self.assertEqual(quotes(text), [("Гор Сафарян", "проект одобрен экспертами обеих сторон")])


class ClauseBoundaryTests(SimpleTestCase):
    HEAD = OutsiderTests.HEAD

    def test_a_colon_before_marks_ends_the_reported_clause_and_the_marks_are_the_same_speakers(self):
        text = self.HEAD + (
            "Как подчеркнул греческий премьер, Афины заинтересованы не только в торговле: «Мы хотим строить вместе»."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Никос Пападопулос", "Афины заинтересованы не только в торговле"),
                ("Никос Пападопулос", "Мы хотим строить вместе"),
            ],
        )


class TitleTests(SimpleTestCase):
    def test_an_adjective_of_the_country_inside_head_of_government(self):
        text = (
            " date 2024-09-03 Москва, 3 сентября.\n\n"
            "Премьер-министр Лаоса Сонсай Сифандон провел переговоры с Председателем правительства России "
            "Андреем Белоусовым.\n\n"
            "Завершая беседу, глава лаосского правительства заметил, что рейсы во Вьентьян станут ежедневными.\n"
        )
        self.assertEqual(quotes(text), [("Сонсай Сифандон", "рейсы во Вьентьян станут ежедневными")])

    def test_a_surname_with_a_soft_sign_is_one_person_in_every_case(self):
        text = (
            " date 2024-09-03 Москва, 3 сентября.\n\n"
            "Председатель правительства России Андрей Белоусов встретился с премьер-министром Вьетнама "
            "Ле Ван Тхуанем.\n\n"
            "Визит Ле Ван Тхуаня продлится два дня. Ле Ван Тхуань посетит Казань.\n"
        )
        self.assertEqual(people(text), {"Андрей Белоусов": "RU", "Ле Ван Тхуань": "VN"})

    def test_a_verb_after_a_title_ends_it_and_a_ministrys_fields_may_be_listed_with_commas(self):
        text = (
            " date 2024-09-03 Ташкент, 3 сентября.\n\n"
            "Президент Узбекистана Алишер Каримов принял Премьер-министра Пакистана Аслама Хана.\n\n"
            "В переговорах участвовал министр инвестиций, промышленности и торговли Узбекистана Рустам Юсупов.\n\n"
            "Глава пакистанского правительства также пригласил Алишера Каримова посетить Лахор.\n"
        )
        self.assertEqual(people(text), {"Алишер Каримов": "UZ", "Аслам Хан": "PK", "Рустам Юсупов": "UZ"})

    def test_the_head_of_the_cabinet_of_ministers_is_the_head_of_government(self):
        text = (
            " date 2024-09-03 Бишкек, 3 сентября.\n\n"
            "Председатель Кабинета Министров Кыргызстана Айбек Сатыбеков провел переговоры с Премьер-министром "
            "Непала Рамом Тапой.\n\n"
            "Глава Кабинета Министров заверил, что поставки цемента в Катманду возрастут.\n"
        )
        self.assertEqual(quotes(text), [("Айбек Сатыбеков", "поставки цемента в Катманду возрастут")])

    def test_the_head_of_a_foreign_service_who_is_also_deputy_prime_minister(self):
        text = (
            " date 2024-09-03 Астана, 3 сентября.\n\n"
            "Заместитель Премьер-министра – Министр иностранных дел Казахстана Нурлан Ескендиров провел переговоры "
            "с министром иностранных дел Непала Рамом Тапой.\n\n"
            "Глава казахстанского внешнеполитического ведомства отметил, что рейсы в Катманду откроются весной.\n"
        )
        self.assertEqual(quotes(text), [("Нурлан Ескендиров", "рейсы в Катманду откроются весной")])

    def test_a_ministry_that_says_something_is_no_speaker(self):
        text = (
            " date 2024-09-03 Астана, 3 сентября.\n\n"
            "Министр иностранных дел Казахстана Нурлан Ескендиров провел переговоры с министром иностранных дел "
            "Непала Рамом Тапой.\n\n"
            "Казахстанское внешнеполитическое ведомство сообщило, что рейсы в Катманду откроются весной.\n"
        )
        self.assertEqual(quotes(text), [])


class PronounTests(SimpleTestCase):
    HEAD = OutsiderTests.HEAD

    def test_a_pronoun_is_the_person_named_in_the_nominative_since_the_last_quote(self):
        text = (
            " date 2024-09-03 Баку, 3 сентября.\n\n"
            "Министр экономики Азербайджана Эльнур Гасымов провел переговоры с министром торговли Чехии "
            "Томашем Новаком.\n\n"
            "Эльнур Гасымов заявил, что транзит через Каспий вырос вдвое. Чешский гость господина Гасымова, "
            "министр Томаш Новак, на брифинге был осторожнее. «Нам нужны сроки, а не обещания», — сказал он.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Эльнур Гасымов", "транзит через Каспий вырос вдвое"),
                ("Томаш Новак", "Нам нужны сроки, а не обещания"),
            ],
        )

    def test_a_surname_the_dictionary_also_reads_as_a_places_plural_is_a_name(self):
        text = (
            " date 2024-09-03 Баку, 3 сентября.\n\n"
            "Министр экономики Азербайджана Эльнур Гасымов провел переговоры с министром торговли Чехии "
            "Томашем Новаком.\n"
        )
        self.assertEqual(people(text), {"Эльнур Гасымов": "AZ", "Томаш Новак": "CZ"})

    def test_the_subject_after_a_colon_and_before_a_mid_sentence_attribution_is_part_of_the_words(self):
        text = self.HEAD + (
            "Отдельно гость коснулся туризма: паромная линия через Эгейское море, открытая еще в 2019 году, "
            "по его словам, остается самой загруженной.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Никос Пападопулос", "паромная линия через Эгейское море, открытая еще в 2019 году"),
                ("Никос Пападопулос", "остается самой загруженной"),
            ],
        )

    def test_narrative_before_a_colon_is_not_part_of_an_inserted_attributions_words(self):
        text = self.HEAD + (
            "О визах лидеры не договорились: как пояснил армянский премьер, консульства получили поручение "
            "изучить вопрос.\n"
        )
        self.assertEqual(quotes(text), [("Давид Мкртчян", "консульства получили поручение изучить вопрос")])


class AgreementContinuationTests(SimpleTestCase):
    HEAD = (
        " date 2024-10-15 Минск, 15 октября.\n\n"
        "Премьер-министр Беларуси Андрей Ковалев провел переговоры с Премьер-министром Кении Джозефом Мвангой.\n\n"
    )

    def titles(self, text: str) -> list[tuple[str, str]]:
        return [(a.title, a.sphere) for a in suggest_package(text).agreements]

    def test_what_a_signed_package_holds_is_signed_and_each_field_is_a_document(self):
        text = self.HEAD + (
            "После переговоров премьеры подписали пакет документов. В пакет вошли соглашения в сфере "
            "энергетики и спорта, а также документы по туризму и здравоохранению.\n"
        )
        spheres = sorted(sphere for _, sphere in self.titles(text))
        self.assertEqual(spheres, ["energy", "health", "sport", "tourism"])

    def test_documents_said_to_concern_fields_are_one_a_field(self):
        text = self.HEAD + (
            "Всего подписано девять документов. Документы касаются сотрудничества в сферах образования, "
            "сельского хозяйства и культуры.\n"
        )
        self.assertEqual(sorted(s for _, s in self.titles(text)), ["agriculture", "culture", "education"])

    def test_a_sentence_that_leaves_out_the_verb_of_signing_after_a_dash(self):
        text = self.HEAD + (
            "Премьеры подписали совместное заявление. Министры транспорта — соглашение о воздушном сообщении.\n"
        )
        self.assertIn("aviation", [s for _, s in self.titles(text)])

    def test_denied_drafted_and_counted_documents_are_not_signed(self):
        text = self.HEAD + (
            "Стороны подписали 8 документов по итогам переговоров. Договор о строительстве завода так и не "
            "подписали. Министрам поручено подготовить план действий по развитию туризма. Ни контракта, ни "
            "решения по площадке пока нет.\n"
        )
        self.assertEqual(self.titles(text), [])

    def test_a_title_in_marks_ends_at_its_closing_mark(self):
        text = self.HEAD + (
            "Подписаны «Соглашение о сотрудничестве в области «зеленой» энергетики» и «Программа обменов "
            "в сфере культуры на 2025–2027 годы».\n"
        )
        self.assertEqual(
            self.titles(text),
            [
                ("Соглашение о сотрудничестве в области «зеленой» энергетики", "energy"),
                ("Программа обменов в сфере культуры на 2025–2027 годы", "culture"),
            ],
        )

    def test_dash_items_keep_no_remark_and_take_the_headings_kind_and_fields_after_a_count(self):
        text = self.HEAD + (
            "Что подписано:\n\n"
            "— программу сотрудничества в сфере образования на 2025–2026 годы (в Найроби откроется филиал БГУ);\n"
            "— соглашение о взаимном признании дипломов — давняя просьба студентов;\n"
            "— и ещё шесть документов — по таможне, спорту и рыболовству.\n\n"
            "Кроме того, министры заключили два меморандума:\n\n"
            "— о сотрудничестве между университетами в области селекции;\n"
            "— об обмене опытом в сфере туризма.\n"
        )
        self.assertEqual(
            self.titles(text),
            [
                ("Программа сотрудничества в сфере образования на 2025–2026 годы", "education"),
                ("Соглашение о взаимном признании дипломов", "education"),
                ("Документ по таможне", "customs"),
                ("Документ по спорту", "sport"),
                ("Документ по рыболовству", "agriculture"),
                ("Меморандум о сотрудничестве между университетами в области селекции", "education"),
                ("Меморандум об обмене опытом в сфере туризма", "tourism"),
            ],
        )

    def test_documents_counted_and_said_to_concern_two_topics_are_two(self):
        text = self.HEAD + (
            "Премьеры подписали совместное заявление. Еще два документа касаются таможенного контроля и "
            "подготовки кадров.\n"
        )
        self.assertEqual([s for _, s in self.titles(text)], ["political", "customs", "education"])


class InterviewTests(SimpleTestCase):
    """An interview with one participant: answers under "Ответ:" or after a dashed question are theirs."""

    LEAD = (
        " date 2025-02-10 Анкара, 10 февраля.\n\n"
        "Министр энергетики Туркменистана Мурад Атаев, прибывший с визитом в Анкару, ответил на вопросы "
        "«Вечерних известий».\n\n"
    )

    def test_answer_labels_are_the_interviewees_and_the_newspapers_name_is_no_quote(self):
        text = self.LEAD + (
            "Вопрос: Что дал визит?\n\n"
            "Ответ: Газ пойдет в Турцию уже весной. Контракт согласован.\n\n"
            "Вопрос: А цена?\n\n"
            "Ответ: Цена рыночная.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Мурад Атаев", "Газ пойдет в Турцию уже весной. Контракт согласован."),
                ("Мурад Атаев", "Цена рыночная."),
            ],
        )

    def test_dashed_answers_follow_dashed_questions(self):
        text = self.LEAD + (
            "— Что дал визит?\n\n— Газ пойдет в Турцию уже весной.\n\n— А цена?\n\n— Цена рыночная, без скидок.\n"
        )
        self.assertEqual(
            quotes(text),
            [("Мурад Атаев", "Газ пойдет в Турцию уже весной."), ("Мурад Атаев", "Цена рыночная, без скидок.")],
        )

    def test_a_dashed_question_after_a_labelled_answer_ends_the_answer(self):
        text = self.LEAD + (
            "Ответ: Газ пойдет в Турцию уже весной.\n\n— А не опасаетесь ли вы конкуренции?\n\n— Нет, рынок большой.\n"
        )
        self.assertEqual(
            quotes(text), [("Мурад Атаев", "Газ пойдет в Турцию уже весной."), ("Мурад Атаев", "Нет, рынок большой.")]
        )

    def test_an_outlets_name_in_marks_labels_its_questions(self):
        text = self.LEAD + (
            "«Известия»: Что дал визит?\n\n"
            "Атаев: Газ пойдет в Турцию уже весной.\n\n"
            "«Известия»: А цена?\n\n"
            "Атаев: Цена рыночная.\n"
        )
        self.assertEqual(
            quotes(text), [("Мурад Атаев", "Газ пойдет в Турцию уже весной."), ("Мурад Атаев", "Цена рыночная.")]
        )

    def test_an_outlet_that_talked_to_someone_and_an_answer_in_two_paragraphs(self):
        text = (
            " date 2025-03-03 Итоги поездки в Ханой\n\n"
            "Вице-премьер Литвы Дарюс Вайткус провел в Ханое переговоры о поставках зерна. Наш корреспондент "
            "побеседовал с ним после встречи.\n\n"
            "— Дарюс Антанович, что подписано?\n\n"
            "— Мы подписали протокол о фитосанитарном контроле. Зерно пойдет морем через Клайпеду.\n\n"
            "Первая партия ожидается осенью, если погода позволит.\n\n"
            "— Расскажите о ценах.\n\n"
            "— Цены рыночные, скидок никто не обещал.\n\n"
            "Беседовал Павел Ершов\n"
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Дарюс Вайткус",
                    "Мы подписали протокол о фитосанитарном контроле. Зерно пойдет морем через Клайпеду.",
                ),
                ("Дарюс Вайткус", "Первая партия ожидается осенью, если погода позволит."),
                ("Дарюс Вайткус", "Цены рыночные, скидок никто не обещал."),
            ],
        )

    def test_a_subheading_names_whom_the_interview_is_with(self):
        text = (
            " date 2025-03-03 «Мост построим за три года»\n\n"
            "Министр транспорта Монголии Батбаяр Ганзориг — о визите в Бишкек и новых маршрутах\n\n"
            "— Зачем понадобился визит?\n\n"
            "— Нужно было согласовать расписание поездов до зимы.\n\n"
            "— Когда откроется маршрут?\n\n"
            "— Весной, если таможня успеет.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Батбаяр Ганзориг", "Нужно было согласовать расписание поездов до зимы."),
                ("Батбаяр Ганзориг", "Весной, если таможня успеет."),
            ],
        )

    def test_an_interview_without_dashes_alternates_questions_and_answers(self):
        text = (
            " date 2025-03-03 Рига, 3 марта.\n\n"
            "Министр иностранных дел Латвии Инесе Калниня в интервью нашему изданию рассказала о визите в Сеул.\n\n"
            "Чего удалось добиться в Сеуле?\n\n"
            "Мы договорились о прямом рейсе. Он начнет работу летом.\n\n"
            "А визы?\n\n"
            "Визовый режим для туристов отменят с января.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Инесе Калниня", "Мы договорились о прямом рейсе. Он начнет работу летом."),
                ("Инесе Калниня", "Визовый режим для туристов отменят с января."),
            ],
        )

    def test_bids_for_an_answer_and_an_answer_that_opens_with_smotrite(self):
        text = self.LEAD + (
            "Расскажите, что дал визит.\n\n"
            "Смотрите, газ пойдет в Турцию уже весной.\n\n"
            "Поделитесь планами на осень.\n\n"
            "Осенью ждем турецких коллег в Ашхабаде.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Мурад Атаев", "Смотрите, газ пойдет в Турцию уже весной."),
                ("Мурад Атаев", "Осенью ждем турецких коллег в Ашхабаде."),
            ],
        )

    def test_an_explainers_question_subheadings_are_no_interview(self):
        text = (
            " date 2025-03-03 Рига, 3 марта.\n\n"
            "Министр иностранных дел Латвии Инесе Калниня провела переговоры в Сеуле. Накануне она дала интервью "
            "местному телеканалу.\n\n"
            "Что подписали?\n\n"
            "Стороны подписали соглашение о воздушном сообщении.\n\n"
            "Что дальше?\n\n"
            "Следующий раунд консультаций пройдет осенью в Риге.\n"
        )
        self.assertEqual(quotes(text), [])

    def test_the_journalists_named_labels_are_no_participant(self):
        text = (
            " date 2025-06-02 Ашхабад, 2 июня.\n\n"
            "Министр энергетики Туркменистана Мурад Атаев ответил на вопросы обозревателя Ольги Петровой.\n\n"
            "Ольга Петрова: Что дал визит?\n\n"
            "Мурад Атаев: Газ пойдет в Турцию уже весной.\n"
        )
        self.assertEqual(quotes(text), [("Мурад Атаев", "Газ пойдет в Турцию уже весной.")])
        self.assertEqual(list(people(text)), ["Мурад Атаев"])

    def test_unlabelled_questions_between_the_guests_labelled_answers_are_the_interviewers(self):
        text = self.LEAD + (
            "Что дал визит?\n\n"
            "Мурад Атаев: Газ пойдет в Турцию уже весной. Контракт согласован.\n\n"
            "Цены на газ в Европе падают. Не боитесь остаться без покупателей?\n\n"
            "Мурад Атаев: Нет, спрос в Азии растет.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Мурад Атаев", "Газ пойдет в Турцию уже весной. Контракт согласован."),
                ("Мурад Атаев", "Нет, спрос в Азии растет."),
            ],
        )

    def test_a_question_the_speaker_asks_before_anothers_turn_stays_the_speakers(self):
        text = (
            " date 2025-02-10 Анкара, 10 февраля.\n\n"
            "Министр энергетики Туркменистана Мурад Атаев провел переговоры с министром энергетики Турции "
            "Кемалем Озденом.\n\n"
            "Мурад Атаев: Газ пойдет в Турцию уже весной.\n\n"
            "Кто еще предложит такие объемы?\n\n"
            "Кемаль Озден: Мы рассчитываем на эти поставки.\n"
        )
        self.assertIn(("Мурад Атаев", "Кто еще предложит такие объемы?"), quotes(text))

    def test_a_story_without_an_interview_cue_gives_no_answers(self):
        text = (
            " date 2025-03-03 Рига, 3 марта.\n\n"
            "Министр иностранных дел Латвии Инесе Калниня прибыла в Сеул.\n\n"
            "Что изменится для туристов?\n\n"
            "Визовый режим для туристов отменят с января.\n\n"
            "А для бизнеса?\n\n"
            "Рабочие визы будут выдавать за неделю.\n"
        )
        self.assertEqual(quotes(text), [])


class ParliamentTests(SimpleTestCase):
    """Parliamentary press: speakers of chambers by any of their titles, and the chamber tells the country."""

    TEXT = (
        " date 2025-04-16 Бишкек, 16 апреля.\n\n"
        "Торага Жогорку Кенеша Кыргызской Республики Нурлан Шакиев встретился с Председателем Милли Меджлиса "
        "Азербайджанской Республики Сахибой Гафаровой, прибывшей в Бишкек с официальным визитом. Во встрече "
        "участвовал Председатель Комитета Парламента Республики Кыргызстан по международным делам Алмаз "
        "Токтогулов.\n\n"
        "Глава азербайджанского парламента выразила надежду, что группы дружбы будут встречаться чаще.\n\n"
        "Председатель Милли Меджлиса также отметила, что Баку готов принять делегацию кыргызских депутатов.\n"
    )

    def test_the_head_of_a_parliament_by_adjective_and_by_the_chambers_name(self):
        self.assertEqual(
            quotes(self.TEXT),
            [
                ("Сахиба Гафарова", "группы дружбы будут встречаться чаще"),
                ("Сахиба Гафарова", "Баку готов принять делегацию кыргызских депутатов"),
            ],
        )

    def test_an_institution_in_the_genitive_inside_a_title_and_a_chamber_that_names_its_country(self):
        self.assertEqual(people(self.TEXT), {"Нурлан Шакиев": "KG", "Сахиба Гафарова": "AZ", "Алмаз Токтогулов": "KG"})


class ParticipantCountryTests(SimpleTestCase):
    def test_a_russian_name_left_unmarked_in_a_russian_vietnamese_story_is_russian(self):
        text = (
            " date 2025-05-05 Ханой, 5 мая.\n\n"
            "Президент России Олег Смирнов провел в Ханое переговоры с Президентом Вьетнама Чан Ван Куангом.\n\n"
            "В переговорах также участвовал вице-премьер Андрей Соловьёв. Заместитель министра торговли "
            "Ле Минь Хоа рассказал о поставках риса.\n"
        )
        found = people(text)
        self.assertEqual((found["Андрей Соловьёв"], found["Ле Минь Хоа"]), ("RU", "VN"))

    def test_a_korean_name_of_three_syllables_is_korean_beside_uzbekistan(self):
        text = (
            " date 2025-05-05 Ташкент, 5 мая.\n\n"
            "Президент Узбекистана Шавкат Ахмедов провел переговоры с Президентом Республики Корея "
            "Ли Сон Мином.\n\nВ переговорах участвовал министр энергетики Пак Чжон Хо.\n"
        )
        self.assertEqual(people(text)["Пак Чжон Хо"], "KR")

    def test_a_russian_name_tells_no_side_where_both_sides_bear_such_names(self):
        text = (
            " date 2025-05-05 Астана, 5 мая.\n\n"
            "Президент России Олег Смирнов провел в Астане переговоры с Президентом Казахстана Нурланом "
            "Бекмуратовым.\n\nВ переговорах также участвовал вице-премьер Алексей Журавлёв.\n"
        )
        self.assertEqual(people(text)["Алексей Журавлёв"], "KZ")

    def test_people_who_travel_with_a_leader_take_the_leaders_country(self):
        text = (
            " date 2025-05-05 Прага, 5 мая.\n\n"
            "Премьер-министр Словакии Мартин Грегор прибыл в Прагу.\n\n"
            "Вместе с Мартином Грегором в Прагу приехали министр финансов Петер Шандор и министр транспорта "
            "Юрай Ковач.\n"
        )
        self.assertEqual(people(text), {"Мартин Грегор": "SK", "Петер Шандор": "SK", "Юрай Ковач": "SK"})

    def test_the_republic_of_the_congo_and_its_democratic_neighbour_are_two_countries(self):
        text = (
            " date 2025-05-05 Москва, 5 мая.\n\n"
            "Президент России Олег Смирнов провел переговоры с Президентом Республики Конго Полем Нгоссо.\n\n"
            "Президент ДР Конго Мари Киланга прибудет в Москву осенью.\n"
        )
        self.assertEqual(people(text)["Поль Нгоссо"], "CG")
        self.assertNotEqual(people(text).get("Мари Киланга"), "CG")

    def test_the_head_of_a_company_the_visit_goes_to_takes_part(self):
        text = (
            " date 2025-05-05 Минск, 5 мая.\n\n"
            "Премьер-министр Беларуси Виктор Лапутько провел переговоры с Премьер-министром Лаоса "
            "Бунми Кеовонгсой.\n\n"
            "Затем гость посетил ОАО «Полесьемаш». По словам генерального директора «Полесьемаша» Олега Гринько, "
            "первые комбайны уйдут в Лаос осенью.\n\n"
            "Днем Бунми Кеовонгса побывал на молочном заводе под Минском. Директор предприятия Ирина Лапко "
            "рассказала гостю о сыроварне.\n"
        )
        found = people(text)
        self.assertEqual(found.get("Олег Гринько"), "BY")
        self.assertIn("Ирина Лапко", found)

    def test_the_head_of_a_company_that_only_comments_stays_outside(self):
        text = (
            " date 2025-05-05 Минск, 5 мая.\n\n"
            "Премьер-министр Беларуси Виктор Лапутько провел переговоры с Премьер-министром Лаоса "
            "Бунми Кеовонгсой.\n\n"
            "По словам генерального директора ОАО «Полесьемаш» Олега Гринько, рынок Лаоса невелик.\n"
        )
        self.assertNotIn("Олег Гринько", people(text))

    def test_whose_colleague_and_the_next_names_apposition_give_no_country(self):
        text = (
            " date 2025-05-05 Москва, 5 мая.\n\n"
            "Министр сельского хозяйства Сергей Волков провел переговоры в Москве. Малайзийский коллега "
            "господина Волкова, министр торговли Азиз Рахман, был краток.\n"
        )
        self.assertEqual(people(text)["Азиз Рахман"], "MY")
        self.assertNotEqual(people(text)["Сергей Волков"], "MY")

    def test_a_next_sides_list_after_a_comma_is_not_an_apposition(self):
        text = (
            " date 2025-05-05 Бишкек, 5 мая.\n\n"
            "Президент Кыргызстана Садыр Жапаров провел переговоры с Премьер-министром Пакистана Шахбазом "
            "Шарифом. С кыргызской стороны участвовал министр энергетики Таалайбек Ибраев, с пакистанской – "
            "министр торговли Джам Камал Хан.\n"
        )
        self.assertEqual(people(text)["Таалайбек Ибраев"], "KG")

    def test_a_field_list_after_a_shared_preposition_is_one_agreement_a_field(self):
        text = (
            " date 2025-03-05 Баку, 5 марта.\n\n"
            "Президент Казахстана Касым-Жомарт Токаев прибыл в Баку. Подписаны соглашения о транзите, "
            "энергетике и цифровизации.\n"
        )
        spheres = [a.sphere for a in suggest_package(text).agreements]
        self.assertEqual(spheres, ["transport", "energy", "digital"])

    def test_an_office_of_the_president_is_a_complement_and_of_a_double_title_the_higher_role(self):
        text = (
            " date 2025-05-05 Бишкек, 5 мая.\n\n"
            "Президент Кыргызстана Садыр Жапаров провел переговоры с Премьер-министром Пакистана Шахбазом "
            "Шарифом.\n\n"
            "В переговорах участвовал Председатель Кабинета Министров – Руководитель Аппарата Президента "
            "Кыргызской Республики Адылбек Касымалиев.\n"
        )
        result = {p.name: (p.country, p.role) for p in suggest_package(text).participants}
        self.assertEqual(result["Адылбек Касымалиев"], ("KG", "head_of_government"))
        self.assertEqual(result["Садыр Жапаров"], ("KG", "head_of_state"))


class MoreFramesTests(SimpleTestCase):
    HEAD = (
        " date 2025-06-12 Ашхабад, 12 июня.\n\n"
        "Президент Туркменистана Сердар Бердымухамедов провел переговоры с Президентом Филиппин Рамоном "
        "Сантосом.\n\n"
    )

    def test_any_verb_of_manner_after_a_dialogue_dash_attributes_the_words(self):
        text = self.HEAD + "— Что ж, — рассмеялся Сантос, — теперь мы соседи по Каспию.\n"
        self.assertEqual(quotes(text), [("Рамон Сантос", "Что ж"), ("Рамон Сантос", "теперь мы соседи по Каспию.")])

    def test_whose_words_a_press_service_cites(self):
        text = self.HEAD + "«Манила станет нашими воротами в Азию», — приводит пресс-служба слова Бердымухамедова.\n"
        self.assertEqual(quotes(text), [("Сердар Бердымухамедов", "Манила станет нашими воротами в Азию")])

    def test_an_estimate_a_joke_and_what_one_would_not_rule_out(self):
        text = self.HEAD + (
            "По оценке Сантоса, грузы пойдут через Туркменбаши. Бердымухамедов не исключил, что рейсы "
            "откроются осенью. Гость пошутил, что филиппинские повара освоят плов.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Рамон Сантос", "грузы пойдут через Туркменбаши"),
                ("Сердар Бердымухамедов", "рейсы откроются осенью"),
                ("Рамон Сантос", "филиппинские повара освоят плов"),
            ],
        )

    def test_an_institutions_estimate_is_not_its_heads(self):
        text = self.HEAD + "Контракты, по оценке туркменской администрации президента, стоят $2 млрд.\n"
        self.assertEqual(quotes(text), [])


class StateAgencyTests(SimpleTestCase):
    TEXT = (
        " date 2025-07-01 КИШИНЕВ, 1 июля (МОЛДПРЕС) - Молдова и Лаос откроют прямое авиасообщение. Такую оценку "
        "дал Президент Молдовы Ион Чебан на переговорах с Генеральным секретарем ЦК НРПЛ Ту Ламом, сообщает "
        "корреспондент агентства.\n\n"
        '"Наши фрукты придут в Азию", - заявил лаосский лидер.\n\n'
        "Чебан И.В.: Мы готовы поставлять вино.\n\n"
        "Ту Лам: Лаос откроет рынок для молдавских яблок.\n"
    )

    def test_the_sentence_before_such_an_estimate_and_the_leader_by_any_title(self):
        self.assertEqual(
            quotes(self.TEXT),
            [
                ("Ион Чебан", "Молдова и Лаос откроют прямое авиасообщение"),
                ("Ту Лам", "Наши фрукты придут в Азию"),
                ("Ион Чебан", "Мы готовы поставлять вино."),
                ("Ту Лам", "Лаос откроет рынок для молдавских яблок."),
            ],
        )

    def test_the_other_side_of_the_talks_takes_the_other_country(self):
        self.assertEqual(people(self.TEXT), {"Ион Чебан": "MD", "Ту Лам": "LA"})


class TelegramPostTests(SimpleTestCase):
    TEXT = (
        " date 2025-03-05 Мирзиёев и Пашинян в Ереване: коротко\n\n"
        "▪️ Президент Узбекистана Шавкат Мирзиёев прилетел в Ереван. В аэропорту его встретила вице-премьер "
        "Мариам Карапетян.\n\n"
        "▪️ Пашинян назвал Узбекистан «надежным другом в Центральной Азии».\n\n"
        "▪️ Подписаны соглашения о транзите, туризме и образовании.\n"
    )

    def test_a_surname_never_given_a_first_name_speaks_and_takes_the_host_citys_country(self):
        self.assertEqual(quotes(self.TEXT), [("Пашинян", "надежным другом в Центральной Азии")])
        self.assertEqual(people(self.TEXT)["Пашинян"], "AM")
        self.assertEqual(people(self.TEXT)["Мариам Карапетян"], "AM")


class WeeklyTests(SimpleTestCase):
    TEXT = (
        " date 2025-09-15 Каспийский поворот\n\n"
        "Гурбан Аннаев прилетел в Баку в понедельник. Принимавший его Эльчин Мамедов был краток.\n\n"
        "Туркменский гость был сдержаннее. Отвечая на вопрос о сроках, он заметил, что газ любит тишину.\n\n"
        "По словам главы МИД Азербайджана Джейхуна Байрамова, стороны обсудили линию парома.\n"
    )

    def test_people_never_titled_take_the_sides_of_arriving_and_receiving(self):
        self.assertEqual(people(self.TEXT), {"Гурбан Аннаев": "TM", "Эльчин Мамедов": "AZ", "Джейхун Байрамов": "AZ"})

    def test_a_pronoun_after_a_sentence_whose_subject_is_a_description(self):
        self.assertEqual(
            quotes(self.TEXT),
            [
                ("Гурбан Аннаев", "газ любит тишину"),
                ("Джейхун Байрамов", "стороны обсудили линию парома"),
            ],
        )

    def test_an_attribution_inside_the_marks_splits_the_words(self):
        text = (
            " date 2025-09-15 Бишкек, 15 сентября.\n\n"
            "Министр транспорта Кыргызстана Эрмек Байсалов провел переговоры с министром транспорта Китая "
            "Лю Вэем.\n\n"
            "«Первый поезд пойдет весной, — сообщил Байсалов. — Тарифы уже согласованы».\n"
        )
        self.assertEqual(
            quotes(text),
            [("Эрмек Байсалов", "Первый поезд пойдет весной"), ("Эрмек Байсалов", "Тарифы уже согласованы")],
        )


class MoreAgreementTests(SimpleTestCase):
    HEAD = AgreementContinuationTests.HEAD
    titles = AgreementContinuationTests.titles

    def test_documents_said_to_cover_fields_notes_exchanged_and_a_topic_after_the_verb(self):
        text = self.HEAD + (
            "Подписан пакет из 9 документов. Подписанные документы охватывают сферы энергетики и туризма.\n\n"
            "Кроме того, меморандумы подписаны в области медицины и спорта.\n\n"
            "Министры обменялись нотами об открытии генерального консульства в Момбасе.\n\n"
            "Программа визита включала посещение завода.\n"
        )
        self.assertEqual([s for _, s in self.titles(text)], ["energy", "tourism", "health", "sport", "consular"])


class NotQuotesTests(SimpleTestCase):
    def test_joint_impersonal_institutional_and_sideless_words_are_not_quotes(self):
        text = (
            " date 2025-10-01 Астана, 1 октября.\n\n"
            "Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Финляндии Александром "
            "Стуббом.\n\n"
            "Стороны отметили, что товарооборот растет. Было подчеркнуто, что Финляндия заинтересована в уране. "
            "В МИД Казахстана заявили, что визит стал историческим.\n\n"
            "Лидеры обсудили логистику, сообщает пресс-служба Акорды. Товарооборот вырос на 30%, говорится в "
            "совместном заявлении.\n\n"
            "Экономист Ерлан Жумабаев считает, что сделки окупятся. По его словам, Финляндия станет воротами в ЕС.\n\n"
            "Ранее Борис Ельцов заявлял, что такие проекты нужны.\n"
        )
        self.assertEqual(quotes(text), [])
        self.assertEqual(set(people(text)), {"Касым-Жомарт Токаев", "Александр Стубб"})


class IntroducedParagraphTests(SimpleTestCase):
    HEAD = (
        " date 2025-11-11 Ереван, 11 ноября.\n\n"
        "Премьер-министр Армении Никол Пашинян провел переговоры с Президентом Франции Эммануэлем Макроном.\n\n"
    )

    def test_marks_opened_under_a_colon_and_closed_paragraphs_later(self):
        text = self.HEAD + (
            "На брифинге французский президент сказал:\n\n"
            "«Мы откроем в Ереване лицей. Учителя приедут из Лиона.\n\n"
            "Обмен студентами вырастет вдвое».\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Эммануэль Макрон", "Мы откроем в Ереване лицей. Учителя приедут из Лиона."),
                ("Эммануэль Макрон", "Обмен студентами вырастет вдвое"),
            ],
        )

    def test_a_dashed_paragraph_under_a_colon(self):
        text = self.HEAD + "Армянский премьер заявил журналистам:\n\n— Радары прибудут до конца года.\n"
        self.assertEqual(quotes(text), [("Никол Пашинян", "Радары прибудут до конца года.")])

    def test_marks_closed_paragraphs_later_with_the_attribution_after_them(self):
        text = self.HEAD + "«Радары прибудут до конца года.\n\nОбучение расчетов начнется весной», — сказал Пашинян.\n"
        self.assertEqual(
            quotes(text),
            [
                ("Никол Пашинян", "Радары прибудут до конца года."),
                ("Никол Пашинян", "Обучение расчетов начнется весной"),
            ],
        )


class FormulaTests(SimpleTestCase):
    def test_spoke_for_expressed_support_and_expressed_interest_report_their_object(self):
        text = (
            " date 2025-11-20 Астана, 20 ноября.\n\n"
            "Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Чили Габриэлем Борисом.\n\n"
            "Президент Чили высказался за открытие прямого грузового маршрута. Габриэль Борис выразил поддержку "
            "казахстанской инициативе. Касым-Жомарт Токаев выразил заинтересованность в чилийской меди.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Габриэль Борис", "открытие прямого грузового маршрута"),
                ("Габриэль Борис", "поддержку казахстанской инициативе"),
                ("Касым-Жомарт Токаев", "заинтересованность в чилийской меди"),
            ],
        )


class SphereWordsTests(SimpleTestCase):
    def test_artificial_intelligence_is_digital_and_cars_are_trade(self):
        text = (
            " date 2025-12-01 Ташкент, 1 декабря.\n\n"
            "Президент Узбекистана Шавкат Мирзиёев провел переговоры с Президентом Казахстана Касым-Жомартом "
            "Токаевым. Подписаны соглашение о сотрудничестве в области ИИ и контракт на сборку автомобилей.\n"
        )
        self.assertEqual([a.sphere for a in suggest_package(text).agreements], ["digital", "trade"])

    def test_settlements_in_currencies_are_finance_and_market_access_for_foods_is_agriculture(self):
        text = (
            " date 2025-12-01 Ташкент, 1 декабря.\n\n"
            "Президент Узбекистана Шавкат Мирзиёев провел переговоры с Президентом Казахстана Касым-Жомартом "
            "Токаевым. Подписаны меморандум о переходе на расчеты в тенге и сумах и протокол о допуске на "
            "казахстанский рынок узбекской говядины.\n"
        )
        self.assertEqual([a.sphere for a in suggest_package(text).agreements], ["finance", "agriculture"])

    def test_a_title_in_capitals_as_a_label_names_its_holder(self):
        text = (
            " date 2025-12-05 Стенограмма\n\n"
            "Президент Казахстана Касым-Жомарт Токаев и Президент Словакии Петер Пеллегрини сделали заявления.\n\n"
            "П. ПЕЛЛЕГРИНИ (через переводчика): Словакия готова инвестировать в Казахстан.\n\n"
            "ПРЕЗИДЕНТ КАЗАХСТАНА: Мы откроем прямой рейс в Братиславу.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Петер Пеллегрини", "Словакия готова инвестировать в Казахстан."),
                ("Касым-Жомарт Токаев", "Мы откроем прямой рейс в Братиславу."),
            ],
        )

    def test_a_particle_inside_a_name_keeps_the_name_whole(self):
        text = (
            " date 2025-03-11 Минск, 11 марта.\n\n"
            "Министр иностранных дел Беларуси Максим Рыженков встретился с Министром иностранных дел Катара "
            "Мухаммедом бин Абдулрахманом Аль Тани.\n\n"
            "Мухаммед бин Абдулрахман Аль Тани отметил, что Доха готова инвестировать в белорусские проекты.\n"
        )
        self.assertEqual(people(text)["Мухаммед бин Абдулрахман Аль Тани"], "QA")
        self.assertEqual(
            quotes(text), [("Мухаммед бин Абдулрахман Аль Тани", "Доха готова инвестировать в белорусские проекты")]
        )


class OwnSideTests(SimpleTestCase):
    def test_the_leader_of_the_nation_in_an_agencys_copy_is_its_own(self):
        text = (
            " date 2025-12-12 ДУШАНБЕ, 12 декабря. /АНИ «Ховар»/.\n\n"
            "Президент Республики Таджикистан Эмомали Рахмон провел встречу с Президентом Армении Ваагном "
            "Хачатуряном.\n\n"
            "Лидер нации отметил, что отношения вступили в новый этап.\n"
        )
        self.assertEqual(quotes(text), [("Эмомали Рахмон", "отношения вступили в новый этап")])

    def test_a_man_named_only_after_a_title_in_the_genitive(self):
        text = (
            " date 2025-12-12 Ташкент, 12 декабря.\n\n"
            "Президент Узбекистана Шавкат Мирзиёев принял Президента Монголии Ухнаагийн Хурэлсуха.\n"
        )
        self.assertEqual(people(text), {"Шавкат Мирзиёев": "UZ", "Ухнаагийн Хурэлсух": "MN"})

    def test_a_post_signs_words_with_a_name_alone_and_opens_a_label_with_an_emoji(self):
        text = TelegramPostTests.TEXT + (
            "\n💬 «Ташкент и Ереван — партнеры навсегда», — Мирзиёев.\n\n"
            "❗️Пашинян: Армения откроет консульство в Самарканде.\n"
        )
        self.assertEqual(
            quotes(text)[1:],
            [
                ("Шавкат Мирзиёев", "Ташкент и Ереван — партнеры навсегда"),
                ("Пашинян", "Армения откроет консульство в Самарканде."),
            ],
        )


class AfterwardsAttributionTests(SimpleTestCase):
    def test_so_an_office_commented_gives_it_the_marks_and_such_an_opinion_the_sentence_before(self):
        text = (
            " date 2025-12-15 Вена, 15 декабря.\n\n"
            "Министр иностранных дел Австрии Беате Майнль-Райзингер провела переговоры с министром иностранных дел "
            "Казахстана Ермеком Кошербаевым.\n\n"
            "«Мы открываем новую главу». Так глава казахстанского МИД прокомментировал итоги встречи.\n\n"
            "Австрия увеличит закупки урана. Такое мнение высказала австрийский министр в интервью СМИ.\n"
        )
        self.assertEqual(
            [(n.split()[-1], t) for n, t in quotes(text)],
            [("Кошербаев", "Мы открываем новую главу"), ("Майнль-Райзингер", "Австрия увеличит закупки урана")],
        )

    def test_the_writers_we_ends_a_statement_given_under_its_heading(self):
        text = (
            " date 2024-06-05 Кишинев, 5 июня.\n\n"
            "Президент Молдовы Ион Мунтяну принял Президента Грузии Левана Гелашвили.\n\n"
            "Заявление Президента Левана Гелашвили\n\n"
            "Мы приехали, чтобы открыть новую страницу.\n\n"
            "Напомним, что мы ранее сообщали о подготовке визита.\n"
        )
        self.assertEqual(quotes(text), [("Леван Гелашвили", "Мы приехали, чтобы открыть новую страницу.")])


class StatementAfterSaidTests(SimpleTestCase):
    """A statement printed in full after "X сказал:": its salutation alone on a dashed line, the rest below."""

    INTRO = (
        " date 2025-03-04 Загреб, 4 марта.\n\n"
        "Президент Хорватии Иван Ковачич провел переговоры с Президентом Туниса Каримом Бензарти.\n\n"
        "Затем президенты выступили с заявлениями для прессы.\n\n"
    )

    def test_the_lines_after_a_salutation_on_the_dashed_line_are_the_speakers(self):
        text = (
            self.INTRO + "Президент Иван Ковачич сказал:\n\n"
            "– Уважаемый господин Президент, дорогой друг.\n\n"
            "Уважаемые дамы и господа.\n\n"
            "Я рад приветствовать Вас в Загребе. Мы подписали соглашение о морском сообщении.\n\n"
            "Тунис всегда был надежным партнером Хорватии в Средиземноморье.\n\n"
            "Президент Карим Бензарти сказал:\n\n"
            "– Уважаемый господин Президент.\n\n"
            "Я благодарю Вас за теплый прием.\n\n"
            "Вечером Президент Туниса посетил Национальный театр.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Иван Ковачич", "Уважаемый господин Президент, дорогой друг."),
                ("Иван Ковачич", "Уважаемые дамы и господа."),
                ("Иван Ковачич", "Я рад приветствовать Вас в Загребе. Мы подписали соглашение о морском сообщении."),
                ("Иван Ковачич", "Тунис всегда был надежным партнером Хорватии в Средиземноморье."),
                ("Карим Бензарти", "Уважаемый господин Президент."),
                ("Карим Бензарти", "Я благодарю Вас за теплый прием."),
            ],
        )

    def test_a_dashed_paragraph_of_speech_after_said_is_a_remark_and_the_story_goes_on(self):
        text = (
            self.INTRO + "Приветствуя гостя, Президент Хорватии подчеркнул:\n\n"
            "– Уважаемый господин Президент! Мы рады видеть Вас в Загребе.\n\n"
            "Переговоры в расширенном составе были посвящены вопросам торговли и туризма.\n"
        )
        self.assertEqual(
            quotes(text), [("Иван Ковачич", "Уважаемый господин Президент! Мы рады видеть Вас в Загребе.")]
        )


class DatelineDayTests(SimpleTestCase):
    def test_a_report_of_the_day_that_names_no_date_is_the_datelines(self):
        text = (
            " date 2025-06-18 Переговоры в Акорде\n\n"
            "В Акорде состоялись казахстанско-монгольские переговоры на высшем уровне.\n"
        )
        self.assertIn("2025-06-18", [d["date"] for d in suggest_package(text).to_dict()["dates"]])

    def test_a_story_only_of_plans_does_not_take_the_dateline(self):
        text = " date 2025-06-18 Визит\n\nПрезидент Монголии посетит Астану в июле.\n"
        self.assertNotIn("2025-06-18", [d["date"] for d in suggest_package(text).to_dict()["dates"]])

    def test_a_republics_abbreviation_names_its_country(self):
        text = (
            " date 2025-12-18 ЕРЕВАН, 18 декабря. АРМЕНПРЕСС.\n\n"
            "Премьер-министр РА Никол Пашинян принял Премьер-министра РК Олжаса Бектенова.\n\n"
            "Премьер-министр РК заявил, что Астана готова увеличить поставки.\n"
        )
        self.assertEqual(people(text), {"Никол Пашинян": "AM", "Олжас Бектенов": "KZ"})
        self.assertEqual(quotes(text), [("Олжас Бектенов", "Астана готова увеличить поставки")])


class SideListTests(SimpleTestCase):
    def test_people_listed_under_a_side_take_its_country(self):
        text = (
            " date 2025-12-20 Астана, 20 декабря.\n\n"
            "Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Монголии Ухнаагийн "
            "Хурэлсухом.\n\n"
            "В переговорах участвовали: с казахстанской стороны — Мурат Нуртлеу и Ерлан Карин; с монгольской — "
            "Батмунхийн Батцэцэг.\n"
        )
        self.assertEqual(
            people(text),
            {
                "Касым-Жомарт Токаев": "KZ",
                "Ухнаагийн Хурэлсух": "MN",
                "Мурат Нуртлеу": "KZ",
                "Ерлан Карин": "KZ",
                "Батмунхийн Батцэцэг": "MN",
            },
        )


class LongQuoteTests(SimpleTestCase):
    def test_each_paragraph_of_a_long_quote_may_open_its_marks_anew(self):
        text = (
            " date 2025-11-11 Ереван, 11 ноября.\n\n"
            "Премьер-министр Армении Никол Пашинян провел переговоры с Президентом Франции Эммануэлем Макроном.\n\n"
            "Французский президент сказал:\n\n"
            "«Мы откроем в Ереване лицей.\n\n"
            "«Учителя приедут из Лиона.\n\n"
            "«Обмен студентами вырастет вдвое».\n\n"
            "Затем лидеры осмотрели выставку.\n"
        )
        self.assertEqual(
            [t for _, t in quotes(text)],
            ["Мы откроем в Ереване лицей.", "Учителя приедут из Лиона.", "Обмен студентами вырастет вдвое"],
        )

    def test_a_whole_quoted_paragraph_after_one_where_someone_spoke_is_theirs(self):
        text = (
            " date 2025-11-11 Ереван, 11 ноября.\n\n"
            "Премьер-министр Армении Никол Пашинян провел переговоры с Президентом Франции Эммануэлем Макроном.\n\n"
            "Макрон подчеркнул важность гуманитарных программ.\n\n"
            "«Мы удвоим число стипендий для армянских студентов».\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Эммануэль Макрон", "важность гуманитарных программ"),
                ("Эммануэль Макрон", "Мы удвоим число стипендий для армянских студентов"),
            ],
        )

    def test_a_statements_plain_present_tense_lines_continue_it_and_the_storys_past_ends_it(self):
        text = (
            " date 2024-06-05 Кишинев, 5 июня.\n\n"
            "Президент Молдовы Ион Мунтяну принял Президента Грузии Левана Гелашвили.\n\n"
            "Полный текст выступления Левана Гелашвили\n\n"
            "Грузия придает большое значение транзиту через Черное море.\n\n"
            "Вечером Президент Грузии посетил винодельню.\n"
        )
        self.assertEqual(
            quotes(text), [("Леван Гелашвили", "Грузия придает большое значение транзиту через Черное море.")]
        )


class AmendingProtocolTests(SimpleTestCase):
    def test_the_date_of_the_instrument_amended_is_not_the_year_of_signing(self):
        text = (
            " date 2025-10-01 Душанбе, 1 октября.\n\n"
            "Президент Таджикистана Эмомали Рахмон провел переговоры с Президентом Казахстана Касым-Жомартом "
            "Токаевым.\n\n"
            "Подписан Протокол о внесении изменений в Соглашение о транзите от 12 мая 2019 года. В 2019 году "
            "стороны подписали Договор о дружбе.\n"
        )
        self.assertEqual([a.sphere for a in suggest_package(text).agreements], ["transport"])

    def test_a_high_appraisal_and_a_welcomed_decision_report_their_object_but_welcoming_a_guest_does_not(self):
        text = (
            " date 2025-10-01 Астана, 1 октября.\n\n"
            "Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Египта Абдель Фаттахом "
            "ас-Сиси.\n\n"
            "Глава государства дал высокую оценку уровню двусторонних отношений. Президент Египта приветствовал "
            "решение об открытии прямого рейса. Токаев приветствовал египетского коллегу.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Касым-Жомарт Токаев", "уровню двусторонних отношений"),
                ("Абдель Фаттах ас-Сиси", "решение об открытии прямого рейса"),
            ],
        )


class OpeningWordsTests(SimpleTestCase):
    HEAD = (
        ' date 2026-02-11 МИНСК, 11 февраля. /БелТА/. "Мы давно дружим. Теперь нужны дела". Так Президент Беларуси '
        "Виктор Лисовский начал встречу с министром иностранных дел Камбоджи Сок Ченда Сопеа.\n\n"
    )

    def test_so_a_leader_opened_the_meeting_gives_him_the_marks_before(self):
        self.assertEqual(quotes(self.HEAD), [("Виктор Лисовский", "Мы давно дружим. Теперь нужны дела")])

    def test_the_subject_before_a_mid_sentence_attribution_is_part_of_the_words(self):
        text = self.HEAD + (
            "Этот опыт, по мнению белорусского лидера, нужно использовать в сельском хозяйстве. Кроме того, по "
            "его словам, стороны откроют торговый дом.\n"
        )
        self.assertEqual(
            quotes(text)[1:],
            [
                ("Виктор Лисовский", "Этот опыт"),
                ("Виктор Лисовский", "нужно использовать в сельском хозяйстве"),
                ("Виктор Лисовский", "стороны откроют торговый дом"),
            ],
        )

    def test_an_adjective_with_a_surnames_ending_is_no_person(self):
        text = (
            " date 2025-10-01 Москва, 1 октября.\n\n"
            "Президент России Владимир Путин провел переговоры с Президентом Казахстана Касым-Жомартом Токаевым.\n\n"
            "Петербургский форум открылся вчера. Петербургский форум заявил, что гостей будет много.\n"
        )
        self.assertEqual(quotes(text), [])
        self.assertEqual(set(people(text)), {"Владимир Путин", "Касым-Жомарт Токаев"})


class AgreementFieldListTests(SimpleTestCase):
    """Documents listed by field in one sentence, under bullets of any symbol, and what signs nothing."""

    HEAD = (
        " date 2025-03-04 Бишкек, 4 марта.\n\n"
        "Президент Кыргызстана Садыр Жапаров провел переговоры с Президентом Кении Уильямом Руто.\n\n"
    )

    def titles(self, text: str) -> list[tuple[str, str]]:
        return [(a.title, a.sphere) for a in suggest_package(text).agreements]

    def test_a_mixed_list_of_prepositions_and_field_heads_is_one_document_a_field(self):
        text = self.HEAD + (
            "Главы государств подписали соглашения о поощрении инвестиций, о сотрудничестве в области рыболовства "
            "и аквакультуры, в сфере культуры, спорта, туризма.\n"
        )
        spheres = [s for _, s in self.titles(text)]
        self.assertEqual(sorted(spheres), ["agriculture", "culture", "investment", "sport", "tourism"])

    def test_fields_after_a_bare_preposition_are_one_document_each(self):
        text = self.HEAD + "Министры также заключили меморандумы о взаимодействии в туризме, образовании, культуре.\n"
        self.assertEqual(sorted(s for _, s in self.titles(text)), ["culture", "education", "tourism"])

    def test_items_under_any_bullet_symbol_are_listed_documents(self):
        text = self.HEAD + (
            "Итоги визита — подписаны:\n"
            "🔹 Соглашение о воздушном сообщении;\n"
            "► Меморандум о сотрудничестве в области здравоохранения;\n"
            "■ План консультаций между министерствами иностранных дел на 2025–2027 годы.\n"
        )
        self.assertEqual([s for _, s in self.titles(text)], ["aviation", "health", "political"])

    def test_the_items_named_after_a_count_among_which_are_found(self):
        text = self.HEAD + (
            "Подписано восемь документов, среди которых Совместная декларация о стратегическом партнерстве и "
            "соглашение о сотрудничестве в сфере энергетики.\n"
        )
        self.assertEqual(sorted(s for _, s in self.titles(text)), ["energy", "political"])

    def test_denied_planned_anniversary_and_generic_documents_sign_nothing(self):
        text = self.HEAD + (
            "Лидеры договорились в будущем году принять Дорожную карту по развитию торговли. Визит пришелся на "
            "25-летие подписания Договора о дружбе и сотрудничестве. Не подписан пока протокол о пограничном "
            "режиме. Состоялась церемония обмена документами о сотрудничестве.\n"
        )
        self.assertEqual(self.titles(text), [])

    def test_a_signed_document_with_an_adverb_before_its_verb_names_no_title(self):
        text = self.HEAD + (
            "Подписано соглашение о воздушном сообщении. «Подписанное соглашение наконец открывает прямые рейсы», — "
            "сказал Садыр Жапаров.\n"
        )
        self.assertEqual([s for _, s in self.titles(text)], ["aviation"])


class UnknownForeignNameTests(SimpleTestCase):
    """A foreign surname the dictionary does not know is a name, even when its ending looks like a place's case."""

    def test_a_surname_guessed_as_a_place_by_analogy_is_still_a_name(self):
        text = (
            " date 2025-06-02 Токио, 2 июня.\n\n"
            "Президент Казахстана Касым-Жомарт Токаев провел переговоры с премьер-министром Японии Таро Мацуи.\n\n"
            "Господин Мацуи назвал Казахстан «ключевым партнером в регионе».\n"
        )
        self.assertIn("Таро Мацуи", people(text))
        self.assertEqual(quotes(text), [("Таро Мацуи", "ключевым партнером в регионе")])


class PlanAndGrantTests(SimpleTestCase):
    """A plan of consultations with an adjective before its noun, and a grant given during the visit."""

    HEAD = (
        " date 2025-09-10 Душанбе, 10 сентября.\n\n"
        "Президент Таджикистана Эмомали Рахмон встретился с министром иностранных дел Японии Такеши Ивая.\n\n"
    )

    def titles(self, text: str) -> list[tuple[str, str]]:
        return [(a.title, a.sphere) for a in suggest_package(text).agreements]

    def test_a_plan_of_interministerial_consultations_is_a_document(self):
        text = self.HEAD + "По итогам встречи министры утвердили план межведомственных консультаций на два года.\n"
        self.assertEqual(self.titles(text), [("План межведомственных консультаций на два года", "political")])

    def test_a_grant_given_for_a_purpose_is_a_financing_document(self):
        text = self.HEAD + (
            "В ходе визита японская сторона предоставила грант на закупку оборудования для районных больниц.\n"
        )
        self.assertEqual([s for _, s in self.titles(text)], ["health"])

    def test_one_states_own_programme_is_no_document_and_a_joint_one_is(self):
        text = self.HEAD + (
            "Стороны договорились сопрягать японские проекты с Национальной стратегией и Государственной "
            "программой развития Таджикистана до 2030 года, а японская сторона поможет в реализации программы "
            "модернизации энергетики Таджикистана.\n\n"
            "По итогам встречи подписана программа сотрудничества в области образования на 2026–2028 годы.\n"
        )
        self.assertEqual(
            self.titles(text), [("Программа сотрудничества в области образования на 2026–2028 годы", "education")]
        )

    def test_an_abridged_intergovernmental_agreement_and_one_whose_signing_is_left_open(self):
        text = self.HEAD + (
            "Подписаны межправсоглашение о сотрудничестве в области здравоохранения и протокол о консультациях. "
            "Министр не уточнил, будет ли в Токио подписано соглашение о воздушном сообщении.\n"
        )
        self.assertEqual(
            self.titles(text),
            [
                ("Соглашение о сотрудничестве в области здравоохранения", "health"),
                ("Протокол о консультациях", "political"),
            ],
        )

    def test_a_grant_only_talked_of_is_not_given(self):
        text = self.HEAD + "Стороны обсудили возможность нового гранта на развитие орошения.\n"
        self.assertEqual(self.titles(text), [])

    def test_a_package_of_documents_among_which_lowercase_items_are_named(self):
        text = self.HEAD + (
            "Министры подписали пакет из шести документов, в числе которых межведомственные меморандумы о "
            "сотрудничестве в области спорта и о молодежных обменах.\n"
        )
        self.assertEqual(len(self.titles(text)), 2)
        self.assertIn("sport", [s for _, s in self.titles(text)])


class SecondPartialTests(SimpleTestCase):
    """A second marked phrase after another predicate of the same subject in one sentence is the same speaker's."""

    def test_the_second_predicates_marks_are_the_same_speakers_partial_quote(self):
        text = (
            " date 2025-04-08 Ереван, 8 апреля.\n\n"
            "Премьер Армении Никол Пашинян принял министра иностранных дел Индии Субрахманьяма Джайшанкара.\n\n"
            "Министр Джайшанкар отметил «взаимное доверие» сторон и пригласил армянских студентов «учиться в лучших "
            "университетах Индии».\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Субрахманьям Джайшанкар", "взаимное доверие"),
                ("Субрахманьям Джайшанкар", "учиться в лучших университетах Индии"),
            ],
        )

    def test_a_scare_quoted_name_after_the_second_predicate_is_no_quote(self):
        text = (
            " date 2025-04-08 Ереван, 8 апреля.\n\n"
            "Премьер Армении Никол Пашинян принял министра иностранных дел Индии Субрахманьяма Джайшанкара.\n\n"
            "Министр Джайшанкар отметил «взаимное доверие» сторон и посетил завод «Армэлектромаш».\n"
        )
        self.assertEqual(quotes(text), [("Субрахманьям Джайшанкар", "взаимное доверие")])


class RelativeDayTests(SimpleTestCase):
    """A weekday called 'минувший' is past; 'на следующий день' is the day after the date told before it."""

    def dates(self, text: str) -> list[str]:
        return sorted(d.date.isoformat() for d in suggest_package(text).dates)

    def test_a_past_weekday_called_minuvshiy_is_last_weeks(self):
        text = (
            " date 2024-03-18 Анализ\n\n"
            "Визит премьер-министра Вьетнама Фам Минь Тьиня в Минск, завершившийся в минувший четверг, принес "
            "скромные итоги.\n"
        )
        self.assertIn("2024-03-14", self.dates(text))

    def test_the_next_day_counts_from_the_last_date_before_it(self):
        text = (
            " date 2024-05-02 Ашхабад.\n\n"
            "3 мая Президент Туркменистана Сердар Бердымухамедов проведет переговоры с Президентом Кении Уильямом "
            "Руто. На следующий день гость отправится в Мары.\n"
        )
        self.assertEqual(self.dates(text), ["2024-05-03", "2024-05-04"])

    def test_two_weekdays_joined_by_and_and_weekdays_inside_the_stay_told(self):
        text = (
            " date 2024-05-24 Обзор недели.\n\n"
            "Премьер-министр Непала Рам Тапа находился в Беларуси с 13 по 17 мая. Переговоры с Премьер-министром "
            "Беларуси Олегом Гринем прошли в среду.\n\n"
            "Во вторник и четверг делегация работала в Гродно.\n"
        )
        self.assertEqual(self.dates(text), ["2024-05-13", "2024-05-14", "2024-05-15", "2024-05-16", "2024-05-17"])

    def test_a_weekday_without_a_stay_told_is_the_latest_before_the_dateline(self):
        text = (
            " date 2024-05-24 Обзор недели.\n\n"
            "Переговоры Премьер-министра Непала Рама Тапы с Премьер-министром Беларуси Олегом Гринем прошли "
            "во вторник и среду.\n"
        )
        self.assertEqual(self.dates(text), ["2024-05-21", "2024-05-22"])

    def test_the_eve_of_a_day_told_relatively_is_the_day_before_it(self):
        text = (
            " date 2024-05-22 Гродно.\n\n"
            "Вчера Гродненскую область посетил Премьер-министр Непала Рам Тапа.\n\n"
            "Накануне в Минске прошли его переговоры с Премьер-министром Беларуси Олегом Гринем.\n"
        )
        self.assertEqual(self.dates(text), ["2024-05-20", "2024-05-21"])

    def test_the_eve_without_a_day_told_before_is_the_datelines_eve(self):
        text = (
            " date 2024-05-22 Минск.\n\n"
            "Накануне в Минске прошли переговоры Премьер-министра Непала Рама Тапы с Премьер-министром Беларуси "
            "Олегом Гринем.\n"
        )
        self.assertEqual(self.dates(text), ["2024-05-21"])

    def test_a_day_earlier_the_morning_after_and_a_day_of_the_month(self):
        text = (
            " date 2024-05-20 Ереван.\n\n"
            "20 мая премьер-министр Армении Никол Пашинян встретился с президентом Кипра Никосом Христодулидисом. "
            "Днем ранее гость возложил венок к мемориалу. Утром следующего дня делегация отправится в Гюмри, а "
            "визит завершится 23-го числа.\n"
        )
        self.assertEqual(self.dates(text), ["2024-05-19", "2024-05-20", "2024-05-21", "2024-05-23"])


class WithTheseWordsTests(SimpleTestCase):
    """Marks followed by "— этими словами X <did something>" are X's words; "Глава Кении" is Kenya's first person."""

    def test_with_these_words_names_the_speaker_after_the_marks(self):
        text = (
            " date 2025-03-03 Астана, 3 марта.\n\n"
            "Президент Казахстана Касым-Жомарт Токаев встретился с премьер-министром Венгрии Виктором Орбаном.\n\n"
            "«Рады видеть старого друга в Астане», — с этими словами Касым-Жомарт Токаев встретил гостя у входа.\n"
        )
        self.assertEqual(quotes(text), [("Касым-Жомарт Токаев", "Рады видеть старого друга в Астане")])

    def test_the_head_of_a_country_named_in_the_genitive_is_its_first_person(self):
        text = (
            " date 2025-03-03 Астана, 3 марта.\n\n"
            "Президент Казахстана Касым-Жомарт Токаев встретился с премьер-министром Венгрии Виктором Орбаном.\n\n"
            "Глава Венгрии сказал, что Будапешт поддержит проект нового газопровода. Глава Сбербанка сообщил, что "
            "кредиты подешевеют.\n"
        )
        self.assertEqual(quotes(text), [("Виктор Орбан", "Будапешт поддержит проект нового газопровода")])


class LocalOfficialTests(SimpleTestCase):
    """A regional governor by any local name and a vice-minister are officials who take part."""

    def test_a_hokim_and_a_vice_minister_are_participants(self):
        text = (
            " date 2025-05-05 Самарканд, 5 мая.\n\n"
            "Президент Узбекистана Шавкат Мирзиёев принял канцлера Австрии Карла Нехаммера. Делегацию в аэропорту "
            "встречали хоким Самаркандской области Эркинжон Турдимов и вице-министр иностранных дел Гайбулла "
            "Саидов.\n"
        )
        self.assertEqual(people(text).get("Эркинжон Турдимов"), "UZ")
        self.assertEqual(people(text).get("Гайбулла Саидов"), "UZ")

    def test_the_head_of_a_city_named_by_the_city_is_its_countrys_official(self):
        text = (
            " date 2025-05-05 Казань, 5 мая.\n\n"
            "Глава Казани Рустем Хайруллин принял делегацию Зимбабве во главе с министром промышленности "
            "Зимбабве Джоном Мойо. Мэр Самарканда Фаррух Рашидов присоединился к встрече.\n\n"
            "Глава государства Зимбабве прибудет в Россию осенью.\n"
        )
        found = people(text)
        self.assertEqual(found.get("Рустем Хайруллин"), "RU")
        self.assertEqual(found.get("Фаррух Рашидов"), "UZ")
        self.assertEqual(found.get("Джон Мойо"), "ZW")


class DoubleOfficeTests(SimpleTestCase):
    """A deputy prime minister who is also a minister is 'министр' when the story last spoke of him."""

    def test_the_minister_is_the_deputy_premier_with_a_ministry_named_last(self):
        text = (
            " date 2025-02-11 Баку, 11 февраля.\n\n"
            "Вице-премьер – министр экономики Узбекистана Жамшид Ходжаев провел встречу с министром энергетики "
            "Азербайджана Парвизом Шахбазовым.\n\n"
            "Затем Жамшид Ходжаев осмотрел новый терминал в порту Алят.\n\n"
            "«Этот порт откроет нам дорогу к Европе», – подчеркнул министр.\n"
        )
        self.assertEqual(quotes(text), [("Жамшид Ходжаев", "Этот порт откроет нам дорогу к Европе")])

    def test_an_ambassador_represents_the_country_that_sends_him_not_his_posting(self):
        text = (
            " date 2025-02-11 Каир, 11 февраля.\n\n"
            "Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с министром иностранных дел Египта "
            "Бадром Абдельатты. Во встрече участвовал Посол Узбекистана в Египте Мансур Нишанов.\n"
        )
        self.assertEqual(people(text).get("Мансур Нишанов"), "UZ")


class MoreDocumentFramesTests(SimpleTestCase):
    """Fields each after its own preposition, a joint communiqué, a loan named by its purpose."""

    HEAD = PlanAndGrantTests.HEAD

    def titles(self, text: str) -> list[tuple[str, str]]:
        return [(a.title, a.sphere) for a in suggest_package(text).agreements]

    def test_fields_each_after_its_own_preposition_are_one_document_each(self):
        text = self.HEAD + (
            "Стороны подписали соглашения о взаимодействии в сфере пограничного контроля, в борьбе с наркотрафиком "
            "и в области культуры.\n"
        )
        self.assertEqual(len(self.titles(text)), 3)
        self.assertIn("culture", [s for _, s in self.titles(text)])

    def test_a_joint_communique_is_a_declaration(self):
        text = self.HEAD + "По завершении визита министры приняли совместное коммюнике.\n"
        self.assertEqual(self.titles(text), [("Совместное коммюнике", "political")])

    def test_a_loan_for_a_purpose_is_a_deal_and_a_bare_total_is_not(self):
        text = self.HEAD + (
            "Подписано заемное соглашение на сумму 40 млн долларов на ремонт оросительных каналов. Кроме того, "
            "заключены контракты на общую сумму 300 млн долларов.\n"
        )
        self.assertEqual([s for _, s in self.titles(text)], ["finance"])

    def test_documents_listed_after_a_colon_are_one_an_item(self):
        text = self.HEAD + (
            "Подписан пакет документов: по миграции, по охране окружающей среды, по гражданской авиации. Также "
            "подписаны меморандумы о: научном обмене; подготовке кадров для энергетики.\n"
        )
        self.assertEqual(
            [s for _, s in self.titles(text)], ["migration", "environment", "aviation", "science", "education"]
        )

    def test_a_programme_between_foreign_ministries_is_political(self):
        text = self.HEAD + "Министры подписали программу сотрудничества между внешнеполитическими ведомствами.\n"
        self.assertEqual([s for _, s in self.titles(text)], ["political"])

    def test_a_field_list_goes_on_after_a_takzhe(self):
        text = self.HEAD + (
            "Подписаны меморандумы о сотрудничестве в сферах туризма, культуры, а также спорта. Кроме того, "
            "подписано соглашение о воздушном сообщении, а также проведены консультации.\n"
        )
        self.assertEqual([s for _, s in self.titles(text)], ["tourism", "culture", "sport", "aviation"])

    def test_documents_to_come_postponed_or_signed_before_are_not_this_visits(self):
        text = self.HEAD + (
            "Ожидается, что в ходе следующего визита будут подписаны меморандумы о сотрудничестве в сфере спорта и "
            "медицины. Подписание договора о транзите перенесено на осень. Подписанные ранее соглашения о "
            "воздушном сообщении выполняются в полном объеме.\n"
        )
        self.assertEqual(self.titles(text), [])

    def test_fields_after_po_linii_keep_the_phrase_in_each_title(self):
        text = self.HEAD + "Подписаны межведомственные документы по линии юстиции, таможни и спорта.\n"
        self.assertEqual(
            [t for t, _ in self.titles(text)],
            ["Документ по линии юстиции", "Документ по линии таможни", "Документ по линии спорта"],
        )


class ThreePartNameTests(SimpleTestCase):
    """East Asian names of three syllables keep a syllable that reads as a preposition, and a place before a name
    is not part of it; a delegation "во главе с" gives its people its country, a local office its own."""

    def test_a_syllable_that_reads_as_a_preposition_and_a_province_before_the_name(self):
        text = (
            " date 2025-06-02 Павлодар, 2 июня.\n\n"
            "Аким Павлодарской области Нурлан Жамбылов принял делегацию Республики Корея во главе с губернатором "
            "провинции Кёнсан-Намдо Ли Мин Со и мэром города Чханвон Хон Сон Ин.\n\n"
            "Ли Мин Со отметил, что корейские инвесторы готовы строить в регионе тепличный комплекс.\n"
        )
        self.assertEqual(people(text), {"Нурлан Жамбылов": "KZ", "Ли Мин Со": "KR", "Хон Сон Ин": "KR"})
        self.assertEqual(
            quotes(text), [("Ли Мин Со", "корейские инвесторы готовы строить в регионе тепличный комплекс")]
        )

    def test_a_local_office_of_one_country(self):
        text = (
            " date 2025-06-02 Наманган, 2 июня.\n\n"
            "Хоким Наманганской области Шавкат Абдуразаков встретился с послом Польши Адамом Кравчиком. "
            "Узбекистан и Польша обсудили поставки текстиля.\n"
        )
        self.assertEqual(people(text)["Шавкат Абдуразаков"], "UZ")


class PressPoolTests(SimpleTestCase):
    """A press pool's chronicle of a state visit: its own leader named without a title is the head of state, a bare
    "президент" is the one the story follows, and a label with words in marks ends where the marks close."""

    TEXT = (
        " date 2026-04-14 Тимуров в Ереване: как прошел день\n\n"
        "10:00\n"
        "Начался государственный визит. Президент Армении Ашот Варданян встречает Бахтияра Тимурова у трапа.\n\n"
        "10:40\n"
        "Тимуров осмотрел выставку ковров. Тимуров задержался у стенда с коврами из Гянджи.\n\n"
        "Тимуров на переговорах:\n"
        "«Наши страны связывает общая история. Мы готовы открыть новый рейс».\n\n"
        "Журналистов вывели из зала через минуту, кофе так и не принесли.\n\n"
        "11:30\n"
        "Тимуров предложил создать совместный фонд.\n\n"
        "«Фонд начнет работу уже осенью», — уточнил президент.\n"
    )

    def test_the_untitled_leader_of_a_state_visit_and_a_bare_title(self):
        self.assertEqual(
            quotes(self.TEXT),
            [
                ("Бахтияр Тимуров", "Наши страны связывает общая история. Мы готовы открыть новый рейс"),
                ("Бахтияр Тимуров", "создать совместный фонд"),
                ("Бахтияр Тимуров", "Фонд начнет работу уже осенью"),
            ],
        )

    def test_without_a_dateline_the_head_of_state_is_the_hosts(self):
        text = (
            " date 2026-04-14 Тракторы для Лаоса\n\n"
            "Президент Словакии Матей Грегор провел переговоры с Президентом Чили Хорхе Ривасом, прибывшим в "
            "Братиславу с официальным визитом.\n\n"
            "Глава государства напомнил, что первые контакты двух стран относятся к прошлому веку.\n"
        )
        self.assertEqual(quotes(text), [("Матей Грегор", "первые контакты двух стран относятся к прошлому веку")])


class DictionaryWordSurnameTests(SimpleTestCase):
    """A surname the dictionary knows as a place or a thing, after a first name in the same case, is a surname;
    a possessive before a title ("его пресс-секретарь") ties the person to the leader, not to a country nearby."""

    def test_a_surname_that_reads_as_a_town_in_the_same_case(self):
        text = (
            " date 2025-06-02 Бишкек, 2 июня.\n\n"
            "Переговоры с премьер-министром Турции Кемалом Самсуном прошли в Бишкеке. Премьер-министр Кыргызстана "
            "Адилет Жумабеков встретил гостя в аэропорту.\n"
        )
        self.assertEqual(people(text), {"Кемал Самсун": "TR", "Адилет Жумабеков": "KG"})

    def test_a_place_after_a_preposition_is_no_surname(self):
        text = (
            " date 2025-06-02 Бишкек, 2 июня.\n\n"
            "Премьер-министр Турции Кемал Озан прибыл в Бишкек. С Адилетом в Бишкеке он встретился вечером.\n"
        )
        self.assertEqual(people(text), {"Кемал Озан": "TR"})

    def test_a_leaders_press_secretary_is_of_the_leaders_country(self):
        text = (
            " date 2025-06-02 Сеул, 2 июня.\n\n"
            "Президент Узбекистана Бахром Турсунов подписал с корейскими компаниями 12 соглашений, сообщил его "
            "пресс-секретарь Фаррух Алимов. Переговоры с президентом Кореи Ли Чжэ Хо прошли накануне.\n"
        )
        self.assertEqual(people(text), {"Бахром Турсунов": "UZ", "Фаррух Алимов": "UZ", "Ли Чжэ Хо": "KR"})

    def test_who_holds_talks_with_a_sides_leader_is_of_the_other_side(self):
        text = (
            " date 2025-06-02 Премьер в Маниле\n\n"
            "Председатель правительства Тимур Садыков провел переговоры в Маниле с президентом Филиппин Рамоном "
            "Кастро. Казахстан и Филиппины подписали пять документов.\n\n"
            "Заместитель министра торговли Алия Ержанова рассказала о поставках зерна.\n"
        )
        found = people(text)
        self.assertEqual(found["Тимур Садыков"], "KZ")
        self.assertEqual(found["Рамон Кастро"], "PH")


class ClauseEndTests(SimpleTestCase):
    """A reported clause ends where the speaker's next act begins or where the writer's aside after a dash does."""

    LEAD = (
        " date 2025-06-02 Анкара, 2 июня.\n\n"
        "Премьер-министр Малайзии Азиз Рахман провел переговоры с президентом Турции Мурадом Эргюном.\n\n"
    )

    def test_a_next_act_after_a_also_and_then(self):
        text = self.LEAD + (
            "Рахман сообщил, что Малайзия готова закупать турецкие станки, а также пригласил турецких строителей "
            "в Куала-Лумпур. Эргюн заявил, что товарооборот удвоится, после чего осмотрел выставку.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Азиз Рахман", "Малайзия готова закупать турецкие станки"),
                ("Мурад Эргюн", "товарооборот удвоится"),
            ],
        )

    def test_a_plural_verb_after_a_also_goes_on_with_the_clause(self):
        text = self.LEAD + "Рахман сообщил, что министры договорились о квотах, а также обсудили визы.\n"
        self.assertEqual(quotes(text), [("Азиз Рахман", "министры договорились о квотах, а также обсудили визы")])

    def test_the_writers_aside_after_a_dash(self):
        text = self.LEAD + (
            "По словам Рахмана, стороны подпишут соглашение о пароме — однако сроки пока никто не называет.\n"
        )
        self.assertEqual(quotes(text), [("Азиз Рахман", "стороны подпишут соглашение о пароме")])


class AgreementRemarkTests(SimpleTestCase):
    """A signed document stays one when a remark follows it after a colon or ", но", when a count stands between
    the heading and the list, or when a sentence says what "еще один меморандум" is about."""

    LEAD = (
        " date 2025-06-02 Ханой, 2 июня.\n\n"
        "Министр энергетики Беларуси Олег Кравец провел переговоры с министром промышленности Вьетнама "
        "Нгуен Ван Тханем.\n\n"
    )

    def titles(self, text: str) -> list[tuple[str, str]]:
        return [(a.title, a.sphere) for a in suggest_package(text).agreements]

    def test_a_remark_after_a_colon_is_not_the_signings_background(self):
        text = self.LEAD + (
            "Кроме того, подписан меморандум о сотрудничестве в области мирного атома: Вьетнам, как известно, "
            "давно присматривается к малым реакторам.\n"
        )
        self.assertEqual(self.titles(text), [("Меморандум о сотрудничестве в области мирного атома", "energy")])

    def test_what_another_memorandum_is_about_and_a_but_clause(self):
        text = self.LEAD + (
            "Среди подписанных документов — соглашение о поставках калийных удобрений. Еще один меморандум "
            "посвящен созданию совместного инвестиционного фонда, но его размер в тексте, опубликованном на сайте "
            "министерства, не назван.\n"
        )
        self.assertEqual(
            self.titles(text),
            [
                ("Соглашение о поставках калийных удобрений", "agriculture"),
                ("Меморандум о создании совместного инвестиционного фонда", "investment"),
            ],
        )

    def test_a_count_between_the_heading_and_the_main_document(self):
        text = self.LEAD + "Подписание. Итого 7.\n\nГлавное — Соглашение о строительстве ГЭС на реке Да.\n"
        self.assertEqual(self.titles(text), [("Соглашение о строительстве ГЭС на реке Да", "energy")])

    def test_a_signing_put_off_is_none(self):
        text = self.LEAD + "К этой дате переносится подписание контракта на поставку турбин.\n"
        self.assertEqual(self.titles(text), [])

    def test_the_main_outcome_was_a_document(self):
        text = self.LEAD + (
            "Главным результатом визита стал меморандум о поставках угля: переговоры о нем, напомним, шли "
            "с 2019 года.\n"
        )
        self.assertEqual(self.titles(text), [("Меморандум о поставках угля", "energy")])

    def test_the_largest_deal_was_a_contract(self):
        text = self.LEAD + (
            "Крупнейшей сделкой стал контракт между холдингом «Белшина» и вьетнамской компанией Vinacomin на "
            "поставку 5 тысяч шин в год.\n"
        )
        self.assertEqual(
            [t for t, _ in self.titles(text)],
            ["Контракт между холдингом «Белшина» и вьетнамской компанией Vinacomin на поставку 5 тысяч шин в год"],
        )

    def test_one_treaty_after_its_signing_and_a_joint_statement_before_a_verb(self):
        text = self.LEAD + (
            "Итогом переговоров стало подписание Договора о дружбе и сотрудничестве. Подписанием Совместного "
            "заявления завершился визит.\n"
        )
        self.assertEqual(
            self.titles(text),
            [("Договор о дружбе и сотрудничестве", "political"), ("Совместное заявление", "political")],
        )

    def test_the_circumstances_of_a_signing_and_an_existing_treaty(self):
        text = self.LEAD + (
            "Стороны подписали 6 соглашений о сотрудничестве в ходе визита министра в Ханой. Кравец сообщил, что "
            "стороны начнут переговоры о расширении действующего соглашения о зоне свободной торговли.\n"
        )
        self.assertEqual(self.titles(text), [])

    def test_one_loan_named_by_its_sum_but_not_a_total(self):
        text = self.LEAD + (
            "Банк развития Беларуси и Вьетинбанк подписали кредитное соглашение на 200 млн долларов. Всего "
            "подписаны соглашения на сумму 1,2 млрд долларов.\n"
        )
        self.assertEqual(self.titles(text), [("Кредитное соглашение на 200 млн долларов", "finance")])


class MoreSpeechFrameTests(SimpleTestCase):
    """Frames met in no corpus article: a speech gerund ends a clause and reports its own object, "обратился со
    словами", "цитирует X пресс-служба"."""

    LEAD = (
        " date 2025-06-02 Астана, 2 июня.\n\n"
        "Президент Казахстана Арман Сеитов провел переговоры с президентом Вьетнама Чан Ван Лонгом, прибывшим в "
        "Астану с государственным визитом.\n\n"
    )

    def test_a_gerund_ends_the_clause_and_gives_its_object(self):
        text = self.LEAD + (
            "Сеитов сообщил, что стороны договорились об открытии торгового дома, указав при этом на важность "
            "логистики.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Арман Сеитов", "стороны договорились об открытии торгового дома"),
                ("Арман Сеитов", "важность логистики"),
            ],
        )

    def test_addressed_with_words_and_quoted_by_a_press_service(self):
        text = self.LEAD + (
            "Вьетнамский президент обратился к студентам со словами: «Учитесь у лучших».\n\n"
            "«Прямой рейс откроется в июле», — цитирует Сеитова пресс-служба Акорды.\n"
        )
        self.assertEqual(
            quotes(text),
            [("Чан Ван Лонг", "Учитесь у лучших"), ("Арман Сеитов", "Прямой рейс откроется в июле")],
        )

    def test_a_press_service_relays_and_more_formulas(self):
        text = self.LEAD + (
            "Как сообщает пресс-служба Акорды, Сеитов подчеркнул, что Казахстан готов экспортировать зерно.\n\n"
            "Как сообщила пресс-служба, переговоры продолжились в расширенном составе.\n\n"
            "Чан Ван Лонг высказал мнение, что потенциал сотрудничества не исчерпан. С его слов, Ханой готов открыть "
            "прямой рейс.\n\n"
            "Сеитов заострил внимание на сроках строительства терминала.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Арман Сеитов", "Казахстан готов экспортировать зерно"),
                ("Чан Ван Лонг", "потенциал сотрудничества не исчерпан"),
                ("Чан Ван Лонг", "Ханой готов открыть прямой рейс"),
                ("Арман Сеитов", "сроках строительства терминала"),
            ],
        )


class AddressAndSignOffTests(SimpleTestCase):
    """A first name and a patronymic address someone named in full; a sign-off names the journalist, no one else."""

    def test_a_patronymic_address_and_the_interviewers_sign_off(self):
        text = (
            " date 2025-03-03 Итоги поездки\n\n"
            "Министр сельского хозяйства Армении Геворг Саакян провел переговоры в Каире. Наш корреспондент "
            "побеседовал с ним после встречи.\n\n"
            "— Геворг Ашотович, что подписано?\n\n"
            "— Меморандум о поставках зерна. Первая партия уйдет осенью.\n\n"
            "Беседовала Анна Левонян\n"
        )
        self.assertEqual(list(people(text)), ["Геворг Саакян"])
        answer = "Меморандум о поставках зерна. Первая партия уйдет осенью."
        self.assertEqual(quotes(text), [("Геворг Саакян", answer)])

    def test_a_surname_that_ends_like_a_patronymic_is_a_surname(self):
        text = (
            " date 2025-03-03 Минск, 3 марта.\n\n"
            "Премьер-министр Беларуси Виктор Зданевич провел переговоры с премьер-министром Сербии Виктором Ранковым. "
            "Зданевич сообщил, что стороны откроют торговый дом.\n"
        )
        self.assertEqual(people(text), {"Виктор Зданевич": "BY", "Виктор Ранков": "RS"})


class SideOfCompanionsTests(SimpleTestCase):
    """Who arrives with the guest is the guest's; "помощник Президента" is the own side's, not the last named."""

    LEAD = (
        " date 2025-06-02 Астана, 2 июня.\n\n"
        "Президент Казахстана Арман Сеитов провел переговоры с президентом Вьетнама Чан Ван Лонгом, прибывшим в "
        "Астану с государственным визитом.\n\n"
    )

    def test_arrivals_with_the_guest_and_the_presidents_aide(self):
        text = self.LEAD + (
            "Вместе с президентом в Астану прилетели министр торговли Нгуен Ван Зунг и министр сельского хозяйства "
            "Ле Тхань Хоа.\n\n"
            "На встрече также присутствовал помощник Президента Ерлан Мукашев.\n"
        )
        found = people(text)
        self.assertEqual(
            {k: found[k] for k in ("Нгуен Ван Зунг", "Ле Тхань Хоа", "Ерлан Мукашев")},
            {"Нгуен Ван Зунг": "VN", "Ле Тхань Хоа": "VN", "Ерлан Мукашев": "KZ"},
        )


class DelegationMembersTests(SimpleTestCase):
    """A delegation the story leaves without a country is the guest's, so the members it lists are guests."""

    LEAD = (
        " date 2025-09-14 Минск, 14 сентября.\n\n"
        "Премьер-министр Казахстана Нуржан Тасболатов прибыл в Минск с официальным визитом. Он провел переговоры с "
        "премьер-министром Беларуси Кириллом Дроздовичем.\n\n"
    )

    def test_members_listed_after_the_delegation_under_a_plural_title(self):
        found = people(
            self.LEAD + "В состав делегации вошли депутаты Ерлан Жаксыбеков, Айгерим Нуртазина и Асель Кенжебаева.\n"
        )
        self.assertEqual(
            {k: found.get(k) for k in ("Ерлан Жаксыбеков", "Айгерим Нуртазина", "Асель Кенжебаева")},
            {"Ерлан Жаксыбеков": "KZ", "Айгерим Нуртазина": "KZ", "Асель Кенжебаева": "KZ"},
        )

    def test_a_member_named_before_the_delegation(self):
        found = people(self.LEAD + "Министр Ерлан Жаксыбеков, который входит в состав делегации, осмотрел завод.\n")
        self.assertEqual(found.get("Ерлан Жаксыбеков"), "KZ")

    def test_the_hosts_delegation_and_people_named_without_one_stay_as_they_were(self):
        found = people(self.LEAD + "В состав белорусской делегации вошли депутаты Олесь Гринкевич и Янина Стасевич.\n")
        self.assertEqual({found.get("Олесь Гринкевич"), found.get("Янина Стасевич")}, {"BY"})
        found = people(self.LEAD + "Итоги визита обсудили Олесь Гринкевич и Ерлан Жаксыбеков.\n")
        self.assertNotIn("Олесь Гринкевич", found)
        self.assertNotIn("Ерлан Жаксыбеков", found)


class InstrumentalFirstNameTests(SimpleTestCase):
    """A first name in -ья or -ия met in the instrumental ("с Ильей", "с Натальей") is named in the nominative."""

    LEAD = (
        " date 2025-09-14 Минск, 14 сентября.\n\n"
        "Премьер-министр Казахстана Нуржан Тасболатов прибудет в Минск с официальным визитом. Он проведет переговоры "
        "с премьер-министром Беларуси Кириллом Дроздовичем.\n\n"
    )

    def test_those_met_on_the_programme(self):
        found = people(
            self.LEAD + "Также он встретится с вице-премьером Натальей Гринько и министром торговли Ильей Стахеевым.\n"
        )
        self.assertEqual(
            {k: found.get(k) for k in ("Наталья Гринько", "Илья Стахеев")},
            {"Наталья Гринько": "BY", "Илья Стахеев": "BY"},
        )

    def test_a_name_in_the_nominative_stays(self):
        found = people(self.LEAD + "Министр торговли Беларуси Сергей Стахеев и Юлия Гринько встретят гостя.\n")
        self.assertIn("Сергей Стахеев", found)


class ChronicleSpeakerTests(SimpleTestCase):
    """A chronicle with times: "гость" is the one who was met when no dateline names the host, and a time before
    the speaker does not hide them; the pronoun after is the last speaker."""

    def test_the_guest_by_who_was_met_and_times_before_speakers(self):
        text = (
            " date 2025-06-02 Хроника визита\n\n"
            "Президент Армении Давид Арутюнян встретил президента Перу Хорхе Санчеса в аэропорту Еревана.\n\n"
            "12:10 Арутюнян: «Рад видеть вас в Ереване».\n\n"
            "12:15 Гость ответил: «Я впервые в Армении, но чувствую себя как дома».\n\n"
            "12:20 «Мы привезли предложения по меди», — добавил он.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Давид Арутюнян", "Рад видеть вас в Ереване"),
                ("Хорхе Санчес", "Я впервые в Армении, но чувствую себя как дома"),
                ("Хорхе Санчес", "Мы привезли предложения по меди"),
            ],
        )


class ThirdCountryTests(SimpleTestCase):
    """Officials of a third country who comment on the visit are no participants; one who joins the talks is."""

    LEAD = (
        " date 2025-06-02 Астана, 2 июня.\n\n"
        "Президент Казахстана Арман Сеитов провел переговоры с президентом Вьетнама Чан Ван Лонгом, прибывшим в "
        "Астану с государственным визитом. Сеитов сообщил, что стороны откроют прямой рейс.\n\n"
    )

    def test_a_third_countrys_leader_and_ambassador_comment(self):
        text = self.LEAD + (
            "Ранее президент Румынии Сорин Ионеску заявлял, что Центральная Азия важна для Европы.\n\n"
            "Посол Канады в Казахстане Джон Миллер сообщил, что Оттава следит за развитием отношений.\n"
        )
        self.assertEqual(quotes(text), [("Арман Сеитов", "стороны откроют прямой рейс")])
        self.assertEqual(set(people(text)), {"Арман Сеитов", "Чан Ван Лонг"})

    def test_a_third_countrys_minister_who_joins_by_video(self):
        text = self.LEAD + (
            "К переговорам по видеосвязи подключился министр транспорта Кыргызстана Алмаз Бекбоев. Он сообщил, что "
            "трасса будет готова к 2027 году.\n"
        )
        self.assertIn(("Алмаз Бекбоев", "трасса будет готова к 2027 году"), quotes(text))


class StateCorporationAndSideTests(SimpleTestCase):
    """The head of a state corporation sits at the table; "В кыргызской — глава кабмина X" lists one side."""

    def test_a_state_corporations_head_and_a_sides_list_after_v(self):
        text = (
            " date 2025-06-02 Душанбе, 2 июня.\n\n"
            "Президент Кыргызстана Улан Асанов провел переговоры с президентом Таджикистана Рустамом Назаровым. "
            "К лидерам присоединились делегации. В кыргызской — глава кабмина Эрлан Мамытов.\n\n"
            "Как пояснил генеральный директор госкорпорации «Кыргызгидро» Нурбек Сыдыков, проект станции готов.\n"
        )
        found = people(text)
        self.assertEqual(found["Эрлан Мамытов"], "KG")
        self.assertIn("Нурбек Сыдыков", found)


class ArabicNameTests(SimpleTestCase):
    """A surname that ends in -им is one person in every case; "Султан" before "бин" is a given name."""

    def test_a_surname_in_im_in_two_cases_and_sultan_bin(self):
        text = (
            " date 2025-06-02 Абу-Даби, 2 июня.\n\n"
            "Премьер-министр Малайзии Азиз Салим провел переговоры с президентом ОАЭ шейхом Султаном бин Зайедом "
            "Аль Мактумом. Визит Азиза Салима продлится два дня.\n"
        )
        self.assertEqual(people(text), {"Азиз Салим": "MY", "Султан бин Зайед Аль Мактум": "AE"})

    def test_a_name_in_marks_is_a_buildings(self):
        text = (
            " date 2025-06-02 Путраджая, 2 июня.\n\n"
            "Президент Узбекистана Бахром Турсунов провел переговоры с премьер-министром Малайзии Азизом Салимом в "
            "резиденции «Сери Пердана».\n"
        )
        self.assertEqual(set(people(text)), {"Бахром Турсунов", "Азиз Салим"})

    def test_a_surname_the_dictionary_reads_as_an_adjective_and_a_company_signatory(self):
        text = (
            " date 2025-06-02 Джакарта, 2 июня.\n\n"
            "Министр энергетики России Олег Веретин провел переговоры с министром энергетики Индонезии Бамбангом "
            "Сурьяди. Меморандум подписали глава «Росгеологии» Сергей Лыков и министр Бамбанг Сурьяди.\n"
        )
        self.assertEqual(people(text)["Сергей Лыков"], "RU")


class MannerOfSpeakingTests(SimpleTestCase):
    """ "X был откровенен: ..." gives the words after the colon; the manner alone without a colon gives none."""

    def test_the_manner_before_a_colon(self):
        text = (
            " date 2025-06-02 Минск, 2 июня.\n\n"
            "Премьер-министр Беларуси Павел Гурин провел переговоры с премьер-министром Лаоса Сомсаком Кеовилаем.\n\n"
            "Гурин был откровенен: торговля отстает от политики.\n\n"
            "Кеовилай был осторожен в оценках и сроков не назвал.\n"
        )
        self.assertEqual(quotes(text), [("Павел Гурин", "торговля отстает от политики")])

    def test_a_pronoun_or_a_name_with_its_addressee_after_the_words(self):
        text = (
            " date 2025-06-02 Ханой, 2 июня.\n\n"
            "Президент Казахстана Арман Сеитов провел переговоры с президентом Вьетнама Чан Ван Лонгом.\n\n"
            "Вечером Сеитов встретился с диаспорой.\n\n"
            "— Вы мост между нашими странами, — сказал он соотечественникам.\n\n"
            "«Учитесь и возвращайтесь», — пожелал Сеитов студентам.\n"
        )
        self.assertEqual(
            quotes(text),
            [("Арман Сеитов", "Вы мост между нашими странами"), ("Арман Сеитов", "Учитесь и возвращайтесь")],
        )

    def test_a_second_attribution_after_a_colon_and_where_the_words_were_said(self):
        text = (
            " date 2025-06-02 Ханой, 2 июня.\n\n"
            "Председатель правительства России Олег Зуев провел переговоры с премьер-министром Вьетнама Фам Ван "
            "Тамом.\n\n"
            "Зуев также заявил, что Россия ждет роста турпотока: по его словам, в прошлом году Вьетнам посетили "
            "600 тысяч туристов.\n\n"
            "11:12 — Фам Ван Там в открытом вступительном слове: товарооборот вырос на треть.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Олег Зуев", "Россия ждет роста турпотока"),
                ("Олег Зуев", "в прошлом году Вьетнам посетили 600 тысяч туристов"),
                ("Фам Ван Там", "товарооборот вырос на треть"),
            ],
        )

    def test_a_witness_relays_a_participants_words(self):
        text = (
            " date 2025-06-02 Ханой, 2 июня.\n\n"
            "Председатель правительства России Олег Зуев провел переговоры с премьер-министром Вьетнама Фам Ван "
            "Тамом.\n\n"
            "По словам очевидцев, Фам Ван Там долго рассматривал подарок и сказал, что повесит его в кабинете.\n\n"
            "По словам эксперта, он уверен, что рейс окупится.\n"
        )
        self.assertEqual(quotes(text), [("Фам Ван Там", "повесит его в кабинете")])

    def test_a_marked_phrase_after_a_gerund_is_the_subjects_partial(self):
        text = (
            " date 2025-06-02 Астана, 2 июня.\n\n"
            "Президент Монголии Батбаяр Очир провел переговоры с президентом Казахстана Арманом Сеитовым.\n\n"
            "Зал аплодировал, когда Батбаяр Очир произнес речь по-казахски, поблагодарив «братский народ за "
            "гостеприимство».\n"
        )
        self.assertEqual(quotes(text), [("Батбаяр Очир", "братский народ за гостеприимство")])

    def test_a_name_in_brackets_and_from_someones_speech(self):
        text = (
            " date 2025-06-02 Астана, 2 июня.\n\n"
            "Президент Казахстана Арман Сеитов провел переговоры с президентом Вьетнама Чан Ван Лонгом.\n\n"
            "Цитата дня: «Казахстан и Вьетнам — друзья навсегда» (Арман Сеитов).\n\n"
            "«Мы откроем торговый дом в Алматы», — из выступления Чан Ван Лонга на бизнес-форуме.\n\n"
            "«Шелковый путь» (фото: пресс-служба) открыт для посетителей.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Арман Сеитов", "Казахстан и Вьетнам — друзья навсегда"),
                ("Чан Ван Лонг", "Мы откроем торговый дом в Алматы"),
            ],
        )

    def test_a_document_named_alone_and_its_topic_in_the_next_sentence(self):
        text = (
            " date 2025-06-02 Ханой, 2 июня.\n\n"
            "Министр энергетики Беларуси Олег Кравец провел переговоры с министром промышленности Вьетнама "
            "Нгуен Ван Тханем. Министры подписали меморандум. Документ предусматривает создание совместного "
            "сервисного центра.\n"
        )
        self.assertEqual(
            [a.title for a in suggest_package(text).agreements],
            ["Меморандум о создании совместного сервисного центра"],
        )

    def test_untitled_people_of_a_side_or_a_delegation(self):
        text = SideOfCompanionsTests.LEAD + (
            "С вьетнамской стороны в переговорах участвовали Ле Минь Кхай и Нгуен Хонг Зиен.\n\n"
            "Делегацию Вьетнама сопровождали Буй Тхань Шон и Хо Дык Фок.\n"
        )
        found = people(text)
        self.assertEqual(
            {k: found.get(k) for k in ("Ле Минь Кхай", "Нгуен Хонг Зиен", "Буй Тхань Шон", "Хо Дык Фок")},
            {"Ле Минь Кхай": "VN", "Нгуен Хонг Зиен": "VN", "Буй Тхань Шон": "VN", "Хо Дык Фок": "VN"},
        )

    def test_untitled_people_at_the_table_are_the_own_sides(self):
        text = SideOfCompanionsTests.LEAD + "В переговорах участвовали также Ерлан Касымов и Болат Ахметов.\n"
        found = people(text)
        self.assertEqual((found.get("Ерлан Касымов"), found.get("Болат Ахметов")), ("KZ", "KZ"))


class TotalByFieldTests(SimpleTestCase):
    """A total of documents told by field right after it gives one document a field, in every way of joining them."""

    HEAD = (
        " date 2025-09-10 Ашхабад, 10 сентября.\n\n"
        "Президент Туркменистана Сердар Бердымухамедов провел переговоры с Президентом Ганы Джоном Махамой.\n\n"
    )

    def spheres(self, sentence: str) -> list[str]:
        return sorted(a.sphere for a in suggest_package(self.HEAD + sentence + "\n").agreements)

    def test_fields_after_a_total_and_including(self):
        self.assertEqual(
            self.spheres(
                "Было подписано 12 документов о взаимодействии, в том числе в области энергетики, сельского "
                "хозяйства и культуры, а также меморандум между министерствами иностранных дел."
            ),
            ["agriculture", "culture", "energy", "political"],
        )

    def test_fields_such_as_named_in_the_nominative(self):
        found = suggest_package(
            self.HEAD + "Лидеры присутствовали при подписании 15 документов о двустороннем сотрудничестве в таких "
            "сферах, как зеленая экономика, ветеринарный и карантинный надзор, проект «Море и степь» и высшее "
            "образование.\n"
        ).agreements
        self.assertEqual(
            [a.title for a in found],
            [
                "Документ о двустороннем сотрудничестве в области зеленой экономики",
                "Документ о двустороннем сотрудничестве в области ветеринарного и карантинного надзора",
                "Документ о двустороннем сотрудничестве в области проекта «Море и степь»",
                "Документ о двустороннем сотрудничестве в области высшего образования",
            ],
        )
        self.assertEqual([a.sphere for a in found][::3], ["environment", "education"])

    def test_such_as_after_talks_names_no_document(self):
        self.assertEqual(
            self.spheres(
                "Стороны обсудили сотрудничество в таких сферах, как зеленая экономика и высшее образование."
            ),
            [],
        )

    def test_fields_after_a_dash_or_a_colon(self):
        self.assertEqual(
            self.spheres("Стороны подписали девять соглашений – о сотрудничестве в сфере транспорта и науки."),
            ["science", "transport"],
        )
        self.assertEqual(
            self.spheres("Министры подписали семь меморандумов: в сферах туризма, здравоохранения и спорта."),
            ["health", "sport", "tourism"],
        )
        self.assertEqual(self.spheres("Подписано 12 документов — по энергетике и культуре."), ["culture", "energy"])
        self.assertEqual(
            self.spheres("Подписано 6 документов – о сотрудничестве в сфере «зеленой» энергетики и образования."),
            ["education", "energy"],
        )

    def test_fields_from_one_to_another(self):
        self.assertEqual(
            self.spheres(
                "Визит завершился подписанием двух десятков документов — от горнодобывающей промышленности и "
                "медицины до спорта."
            ),
            ["health", "mining", "sport"],
        )
        self.assertEqual(
            self.spheres("Подписаны документы в самых разных областях — от таможни до образования."),
            ["customs", "education"],
        )

    def test_a_total_that_names_no_field_gives_nothing(self):
        for sentence in (
            "Всего подписано 14 документов — это рекорд для двусторонних визитов.",
            "Подписано 11 документов по итогам переговоров в узком и расширенном составе.",
            "Подписано 7 документов, в том числе в присутствии министров торговли.",
            "Подписано 17 документов, охватывающих торговлю, энергетику и культуру.",
        ):
            self.assertEqual(self.spheres(sentence), [], sentence)

    def test_a_listed_topic_with_its_own_preposition_keeps_it(self):
        self.assertEqual(
            [
                a.title
                for a in suggest_package(
                    self.HEAD + "Подписано 14 соглашений, в том числе о сотрудничестве в сфере туризма и о взаимной "
                    "защите инвестиций.\n"
                ).agreements
            ],
            ["Соглашение о сотрудничестве в сфере туризма", "Соглашение о взаимной защите инвестиций"],
        )

    def test_spheres_of_aid_academies_quarantine_heat_and_ores(self):
        self.assertEqual(
            self.spheres(
                "Подписаны соглашение о пакете японской помощи, меморандум о сотрудничестве дипломатических "
                "академий, протокол о карантине растений, соглашение о модернизации теплоэлектроцентралей и "
                "контракт на разработку месторождения вольфрама."
            ),
            ["agriculture", "development", "education", "energy", "mining"],
        )


class JoinedReportedClauseTests(SimpleTestCase):
    """A verb of speech far from its "что", and two clauses joined by "и что" or "а также что", one report."""

    HEAD = (
        " date 2025-10-14 Дакар, 14 октября.\n\n"
        "Президент Сенегала Омар Сарр провел переговоры с Премьер-министром Мальты Робертом Абелой.\n\n"
    )

    def test_circumstances_between_the_verb_and_its_clause(self):
        text = self.HEAD + (
            "Омар Сарр сообщил вечером после встречи с мальтийским премьером в президентском дворце, что "
            "Дакар откроет посольство в Валлетте.\n"
        )
        self.assertEqual(quotes(text), [("Омар Сарр", "Дакар откроет посольство в Валлетте")])

    def test_two_clauses_joined_by_and_that(self):
        text = self.HEAD + (
            "Абела уточнил, что, по предварительным оценкам, товарооборот вырастет втрое, а также что стороны "
            "создадут совместную судоходную компанию. Сарр добавил, что визит был полезным и что Сенегал ждет "
            "мальтийских инвесторов.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Роберт Абела",
                    "по предварительным оценкам, товарооборот вырастет втрое, а также что стороны создадут "
                    "совместную судоходную компанию",
                ),
                ("Омар Сарр", "визит был полезным и что Сенегал ждет мальтийских инвесторов"),
            ],
        )

    def test_a_relative_that_after_the_verbs_object_is_no_clause(self):
        text = self.HEAD + (
            "Абела напомнил позицию Валлетты о нейтралитете, что в Брюсселе считают устаревшим подходом.\n"
        )
        self.assertEqual(quotes(text), [])


class FamilyNameFirstTests(SimpleTestCase):
    """A name said family name first ("Мацуда Хироси", "Чхве Ён Мин") is then used by its first word alone."""

    HEAD = (
        " date 2025-11-05 Сеул, 5 ноября.\n\n"
        "Премьер-министр Японии Мацуда Хироси провел переговоры с Премьер-министром Кореи Чхве Ён Мином.\n\n"
    )

    def test_the_family_name_alone_is_the_speaker(self):
        text = self.HEAD + (
            "Мацуда сказал, что Токио готов к новым проектам. По данным правительства, Чхве ответил, что Корея "
            "поддерживает эту инициативу.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Мацуда Хироси", "Токио готов к новым проектам"),
                ("Чхве Ён Мин", "Корея поддерживает эту инициативу"),
            ],
        )

    def test_a_first_name_alone_is_no_reference(self):
        text = (
            " date 2025-11-05 Сеул, 5 ноября.\n\n"
            "Премьер-министр Австралии Дэниел Роуз провел переговоры в Сеуле.\n\n"
            "Дэниел сказал, что погода хорошая.\n"
        )
        self.assertEqual(quotes(text), [])


class ClauseSubjectVerbTests(SimpleTestCase):
    """A verb after "и" that agrees with the clause's own subject, not the speaker's verb, goes on with the clause."""

    def test_a_feminine_verb_after_a_masculine_speaker(self):
        text = JoinedReportedClauseTests.HEAD + (
            "Абела ответил, что Мальта ценит эти связи и хотела бы расширить их.\n"
        )
        self.assertEqual(quotes(text), [("Роберт Абела", "Мальта ценит эти связи и хотела бы расширить их")])

    def test_a_present_verb_after_a_past_verb_of_speech(self):
        text = JoinedReportedClauseTests.HEAD + (
            "Абела подчеркнул, что Мальта проводит политику нейтралитета, и считает Сенегал надежным партнером.\n"
        )
        self.assertEqual(
            quotes(text),
            [("Роберт Абела", "Мальта проводит политику нейтралитета, и считает Сенегал надежным партнером")],
        )

    def test_the_speakers_own_second_act_still_ends_the_clause(self):
        text = JoinedReportedClauseTests.HEAD + (
            "Абела ответил, что Мальта ценит эти связи, и пригласил коллегу в Валлетту.\n"
        )
        self.assertEqual(quotes(text), [("Роберт Абела", "Мальта ценит эти связи")])


class RegionOfRussiaTests(SimpleTestCase):
    """A Russian region's officials represent Russia: the region's name or adjective tells the country."""

    def test_a_regions_head_and_government_are_russias(self):
        text = (
            " date 2025-04-22 Казань, 22 апреля.\n\n"
            "Глава Республики Чувашия Олег Николаев принял делегацию Вьетнама во главе с министром промышленности "
            "Нгуеном Хонг Зиеном. На встрече присутствовал министр экономического развития Удмуртии Павел Ерохин.\n\n"
            "Олег Николаев отметил, что регион готов поставлять электротехнику.\n"
        )
        found = people(text)
        self.assertEqual((found.get("Олег Николаев"), found.get("Павел Ерохин")), ("RU", "RU"))
        self.assertEqual(quotes(text), [("Олег Николаев", "регион готов поставлять электротехнику")])
        self.assertEqual(sorted(c.code for c in suggest_package(text).countries), ["RU", "VN"])

    def test_the_head_of_a_sovereign_republic_is_not_a_regions(self):
        text = (
            " date 2025-04-22 Минск, 22 апреля.\n\n"
            "Президент Республики Беларусь Александр Лукашенко провел переговоры с Президентом Вьетнама Лыонг "
            "Кыонгом.\n"
        )
        self.assertEqual(people(text).get("Александр Лукашенко"), "BY")


class SignatoryExecutiveTests(SimpleTestCase):
    """A company head who signs a document of the visit takes part, whether the verb is active or passive."""

    def test_a_document_signed_by_a_company_head_in_the_passive(self):
        text = (
            " date 2025-06-18 Астана, 18 июня.\n\n"
            "Премьер-министр Казахстана Олжас Бектенов провел переговоры с вице-премьером Госсовета КНР Дин Сюэсяном."
            "\n\nМеморандум о газохимии подписан председателем правления АО «Казтрансойл» Ерболом Сатпаевым.\n\n"
            "«Проект даст работу тысяче человек», – сказал Ербол Сатпаев.\n"
        )
        self.assertIn(("Ербол Сатпаев", "Проект даст работу тысяче человек"), quotes(text))


class HeadlineByTitleTests(SimpleTestCase):
    """A headline's marked words after a title and the place of the visit are that official's, once."""

    BODY = (
        "\n\nМинистр иностранных дел Чили Хавьер Сото находится с визитом в Вьентьяне. Он провел переговоры с "
        "лаосским коллегой Сомсаком Кеовилаем.\n\n"
    )

    def test_the_title_and_the_place_before_the_colon(self):
        text = " date 2025-02-11\nГлава МИД Чили во Вьентьяне: «Мы пришли надолго»" + self.BODY
        self.assertEqual(quotes(text), [("Хавьер Сото", "Мы пришли надолго")])

    def test_words_said_again_in_the_body_are_one_quote(self):
        text = (
            " date 2025-02-11\nМинистр иностранных дел Чили в Лаосе: «Мы пришли надолго»"
            + self.BODY
            + "«Мы пришли надолго, и это не пустые слова», – сказал Хавьер Сото.\n"
        )
        self.assertEqual(quotes(text), [("Хавьер Сото", "Мы пришли надолго, и это не пустые слова")])

    def test_a_scare_quote_inside_a_headline_is_nobodys(self):
        text = " date 2025-02-11\nГлава МИД Чили во Вьентьяне: «мирная миссия» и новые кредиты" + self.BODY
        self.assertEqual(quotes(text), [])


class SecondActConnectiveTests(SimpleTestCase):
    """A second verb of speech after "однако", "после чего", "при этом" is the same speaker's, its clause his own."""

    def test_a_second_verb_after_a_connective(self):
        text = JoinedReportedClauseTests.HEAD + (
            "Абела подчеркнул, что Мальта ценит сотрудничество, однако добавил, что Валлетта ждет "
            "«конкретных шагов». Сарр отметил, что визит удался, после чего заявил, что Дакар откроет посольство.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Роберт Абела", "Мальта ценит сотрудничество"),
                ("Роберт Абела", "Валлетта ждет «конкретных шагов»"),
                ("Омар Сарр", "визит удался"),
                ("Омар Сарр", "Дакар откроет посольство"),
            ],
        )


class UnmarkedNamingTests(SimpleTestCase):
    """ "назвал X Y-ом" without marks is the speaker's assessment; naming a date or a list is narrative."""

    def test_a_naming_in_the_instrumental(self):
        text = JoinedReportedClauseTests.HEAD + (
            "Мальтийский премьер поблагодарил за гостеприимство и назвал Сенегал важнейшим партнером в Африке.\n"
        )
        self.assertEqual(quotes(text), [("Роберт Абела", "Сенегал важнейшим партнером в Африке")])

    def test_naming_dates_is_no_quote(self):
        text = JoinedReportedClauseTests.HEAD + "Абела назвал сроки следующего визита и имена министров.\n"
        self.assertEqual(quotes(text), [])


class ChairmanAndAbbreviationTests(SimpleTestCase):
    """ "Председатель КНР/ЛНДР" is a head of state; a country's abbreviation tells the country."""

    def test_chairman_of_a_country_and_its_abbreviation(self):
        text = (
            " date 2025-10-21 Вьентьян, 21 октября.\n\n"
            "Вице-премьер России Антон Гаврилов был принят Генеральным секретарем ЦК партии, Председателем ЛНДР "
            "Бунмы Ситтаваном. Затем состоялась встреча с Премьер-министром ЛНДР Кхамла Вонгсаком. Лаосский лидер "
            "высоко оценил уровень отношений двух стран.\n"
        )
        found = {p.name: (p.country, p.role) for p in suggest_package(text).participants}
        self.assertEqual([c for n, (c, _) in found.items() if n.endswith("Вонгсак")], ["LA"])
        self.assertEqual(found.get("Бунмы Ситтаван", ("", ""))[1], "head_of_state")


class OutsiderSpeaksOnTests(SimpleTestCase):
    """ "По его словам" right after a sentence naming an outside expert is the expert's, not a participant's."""

    def test_an_experts_words_after_a_verbless_sentence(self):
        text = JoinedReportedClauseTests.HEAD + (
            "Абела отметил, что визит удался.\n\n"
            "Осторожнее политолог Центра африканских исследований Марк Дюпон. По его словам, эффект визита "
            "пока скромен.\n"
        )
        self.assertEqual(quotes(text), [("Роберт Абела", "визит удался")])


class ResearchCentreCommentatorTests(SimpleTestCase):
    """The head of a research centre ("директор Центра ... исследований") comments on a visit and takes no part;
    a minister of research stays at the table."""

    TEXT = (
        " date 2026-04-14 Кишинев, 14 апреля.\n\n"
        "Президент Латвии Роман Лесков провел переговоры с президентом Молдовы Ионом Кожокару.\n\n"
        "«Визит открывает рынок для латвийского сыра», — отметил директор Центра балканских и черноморских "
        "исследований Павел Ганчев.\n\n"
        "Министр образования и научных исследований Молдовы Андрей Чобану сказал, что вузы готовы к обменам.\n"
    )

    def test_the_centres_head_is_no_speaker_nor_participant(self):
        self.assertEqual(quotes(self.TEXT), [("Андрей Чобану", "вузы готовы к обменам")])
        self.assertNotIn("Павел Ганчев", people(self.TEXT))

    def test_a_minister_of_research_stays(self):
        self.assertEqual(people(self.TEXT).get("Андрей Чобану"), "MD")


class NameOpeningASentenceTests(SimpleTestCase):
    """A name that opens a sentence right before its verb in the past is the subject, in the nominative as it stands
    ("Фараи Мванса поблагодарил"), however its first name would read in the dictionary."""

    HEAD = (
        " date 2026-03-19 Минск, 19 марта.\n\n"
        "Президент Беларуси Антон Корзун провел переговоры с Президентом Замбии Фараи Мвансой. В переговорах "
        "участвовала министр культуры Беларуси Ольга Петрова.\n\n"
    )

    def test_the_subject_keeps_its_form(self):
        text = self.HEAD + "Фараи Мванса поблагодарил за теплый прием. «Мы ждем вас в Замбии», – сказал он.\n"
        self.assertEqual(people(text).get("Фараи Мванса"), "ZM")
        self.assertEqual(quotes(text), [("Фараи Мванса", "Мы ждем вас в Замбии")])

    def test_an_object_before_a_plural_verb_is_no_subject(self):
        text = self.HEAD + "Ольгу Петрову наградили орденом Замбии.\n"
        self.assertEqual(people(text).get("Ольга Петрова"), "BY")


class FirstPersonPostTests(SimpleTestCase):
    """An official's post written in the first person and signed with his title and name on its last line: his
    present opinions are his direct words, what he tells he told is reported, his account of his day is not."""

    POST = (
        " date 2025-06-10 Встретился с Послом Перу\n\n"
        "Сегодня принял в администрации края Чрезвычайного и Полномочного Посла Республики Перу Мануэля Кордову "
        "Вилчеса. Посол приехал в наш край впервые.\n\n"
        "Перу для нас – важный партнёр в Латинской Америке. Поставки рыбы из Перу выросли вдвое.\n\n"
        "Рассказал Послу, как мы развиваем морской порт: в этом году откроем новый терминал. Обсудили и "
        "туризм. Договорились, что наши туроператоры проведут встречу осенью.\n\n"
        "В завершение подарил гостю книгу о нашем городе. Считаю, что у сотрудничества большое будущее. "
        "Спасибо господину Послу за интересную беседу!\n\n"
        "#Приморье #Перу\n\n"
        "Губернатор Северской области Игнат Болотников\n"
    )

    def test_the_signer_speaks_his_opinions_and_his_report_and_is_of_russia(self):
        self.assertEqual(
            [text for _, text in quotes(self.POST)],
            [
                "Перу для нас – важный партнёр в Латинской Америке.",
                "как мы развиваем морской порт: в этом году откроем новый терминал",
                "Считаю, что у сотрудничества большое будущее. Спасибо господину Послу за интересную беседу!",
            ],
        )
        self.assertEqual({name for name, _ in quotes(self.POST)}, {"Игнат Болотников"})
        self.assertEqual(people(self.POST)["Игнат Болотников"], "RU")

    def test_a_story_that_names_its_author_at_the_end_is_no_post(self):
        story = self.POST.replace("Сегодня принял", "Губернатор принял").replace(
            "В завершение подарил", "В завершение губернатор подарил"
        )
        story = story.replace("Рассказал Послу", "Губернатор рассказал Послу")
        self.assertNotIn("Перу для нас – важный партнёр в Латинской Америке.", [t for _, t in quotes(story)])


class PluralAccordingTests(SimpleTestCase):
    """ "По словам министров, ..." gives the words of both sides at once: no one speaker's."""

    TEXT = (
        " date 2025-04-02 Министр иностранных дел Чили Хосе Варгас прибыл в Баку с визитом.\n\n"
        "Министр иностранных дел Чили Хосе Варгас провел переговоры с коллегой.\n\n"
        "По словам министров, грузооборот за год вырос вдвое.\n\n"
        "По словам глав внешнеполитических ведомств, визит стал историческим.\n\n"
        "По словам Варгаса, Чили откроет посольство в Баку.\n"
    )

    def test_only_the_named_ministers_words_are_his(self):
        self.assertEqual(quotes(self.TEXT), [("Хосе Варгас", "Чили откроет посольство в Баку")])


class TitleBeforeNameTests(SimpleTestCase):
    """A title may end in any case of a state's form or in a ministry's long name with commas; the name after it is
    the person's, and an abbreviation of a state names his country."""

    def test_a_state_form_in_the_prepositional_is_no_part_of_the_name(self):
        text = (
            " date 2025-04-02 Министр спорта Кубы Рауль Медина прибыл в Минск.\n\n"
            "Также министр встретился с Чрезвычайным и Полномочным Послом Республики Беларусь в Республике Куба "
            "Тимофеем Игнатьевичем Ладушкиным.\n"
        )
        self.assertIn("Тимофей Игнатьевич Ладушкин", people(text))

    def test_a_ministry_named_with_commas_then_the_states_abbreviation(self):
        text = (
            " date 2025-04-02 О визите Министра иностранных дел России Г.П.Ветрова в Египет\n\n"
            "Министр иностранных дел Российской Федерации Г.П.Ветров посетит Египет.\n\n"
            "В Каире запланированы переговоры с Министром иностранных дел, по делам эмиграции и египтян, "
            "проживающих за рубежом, АРЕ Р.С.Хамдаллой.\n"
        )
        self.assertEqual(people(text).get("Хамдалла"), "EG")


class RegionalAndConsularTitleTests(SimpleTestCase):
    """An official of a krai is Russia's whatever country the sentence names before him; a consul general is an
    official of the state his consulate serves."""

    TEXT = (
        " date 2025-09-03 Министр сельского хозяйства Индонезии Агус Сантосо прибыл в Хабаровск.\n\n"
        "Министр сельского хозяйства Индонезии Агус Сантосо провел встречу с руководством региона.\n\n"
        "– Индонезийские фабрики покупают нашу сою, – рассказал директор агентства инвестиций края "
        "Игорь Полетаев, который был на встрече.\n\n"
        "Вечером генконсул Индонезии Сити Нурхаяти Рахман дала прием в честь делегации.\n"
    )

    def test_the_krai_official_is_russias_and_the_consul_is_a_participant(self):
        found = people(self.TEXT)
        self.assertEqual(found["Игорь Полетаев"], "RU")
        self.assertEqual(found["Сити Нурхаяти Рахман"], "ID")


class OppositionTests(SimpleTestCase):
    """A member of the opposition comments on a visit he takes no part in: his words are no quote."""

    TEXT = (
        " date 2025-10-08 Премьер-министр Словении Матей Коларич прибыл в Баку.\n\n"
        "Премьер-министр Словении Матей Коларич провел переговоры с премьер-министром Азербайджана Эльвином "
        "Гулизаде. «Мы открываем новую главу», — заявил Коларич.\n\n"
        "«Правительство торгует принципами ради газа», — сказал депутат от оппозиционной партии «Новый путь» "
        "Янез Брезник.\n\n"
        "Лидер парламентской оппозиции Марко Шушторшич заявил, что визит «ничего не даст стране».\n"
    )

    def test_only_the_leaders_words_are_quotes(self):
        self.assertEqual(quotes(self.TEXT), [("Матей Коларич", "Мы открываем новую главу")])


class OutsiderQuotedOnTests(SimpleTestCase):
    """An outsider who is the subject of the sentence before the marks says the words that "— добавил он" closes,
    even when the marks hold several sentences."""

    TEXT = (
        " date 2025-10-08 Премьер-министр Словении Матей Коларич провел в Пекине переговоры с председателем КНР "
        "Ли Вэйминем. «Мы открываем новую главу», — заявил Коларич.\n\n"
        "Депутат Европарламента от Австрии Йохан Штрассер назвал поездку «ожидаемой». «Каждый раз нам говорят, "
        "что это только бизнес. Трудно поверить, что это совпадение», — добавил он.\n\n"
        "«Мы договорились о трех новых рейсах», — сказал он вечером.\n"
    )

    def test_the_outsiders_words_are_dropped_and_the_leader_keeps_his(self):
        self.assertEqual(quotes(self.TEXT)[0], ("Матей Коларич", "Мы открываем новую главу"))
        self.assertNotIn("Каждый раз", " ".join(t for _, t in quotes(self.TEXT)))


class UnnamedTitleLeadTests(SimpleTestCase):
    """A government site's lead gives a title with no name ("Председатель Правительства Российской Федерации
    провёл переговоры"), the headline the name: the one person named with neither role nor country holds it."""

    TEXT = (
        " date 2026-05-12 Переговоры Петра Луговского с Премьер-министром Таиланда Сомчаем Раттанапоном\n\n"
        "Председатель Правительства Российской Федерации провёл переговоры с Премьер-министром Королевства "
        "Таиланд Сомчаем Раттанапоном, находящимся в России с официальным визитом.\n\n"
        "Из стенограммы:\n\n"
        "П.Луговской: Уважаемый господин Премьер-министр!\n\n"
        "Рады видеть вас в Москве. Торговля между нашими странами растёт.\n\n"
        "Сомчай Раттанапон (как переведено): Благодарю за приглашение. Таиланд ценит дружбу с Россией.\n"
    )

    def test_the_headlines_name_takes_the_leads_title_and_both_speak(self):
        found = people(self.TEXT)
        self.assertEqual(found["Пётр Луговской"], "RU")
        names = [name for name, _ in quotes(self.TEXT)]
        self.assertEqual(len(set(names)), 2)
        self.assertEqual(names[0], "Пётр Луговской")
        self.assertTrue(names[-1].endswith("Раттанапон"))


class CommaInsideMarksTests(SimpleTestCase):
    """A comma inside marks ends no clause: the verb after "назвал X «..., ...» и" has the same subject."""

    TEXT = (
        " date 2025-04-02 Премьер-министр Чили Пабло Ортис прибыл в Ташкент. Президент Узбекистана Алишер "
        "Каримов провел с ним переговоры.\n\n"
        "Пабло Ортис, в свою очередь, назвал Узбекистан «землей великих ученых и мыслителей, внесших вклад в "
        "мировую цивилизацию» и отметил высокую заинтересованность чилийских деловых кругов в реализации "
        "проектов в стране.\n"
    )

    def test_the_second_verb_reports_the_same_speaker(self):
        self.assertIn(
            ("Пабло Ортис", "высокую заинтересованность чилийских деловых кругов в реализации проектов в стране"),
            quotes(self.TEXT),
        )


class ObjectOfAppealTests(SimpleTestCase):
    """An appeal whose object is a country ("призвал Армению и Грузию ...") reports what was urged; an object that
    is a person or a title is an inverted subject, not the words; "Такой сигнал X послал" gives X the sentence
    before."""

    TEXT = (
        " date 2025-03-11 Министр иностранных дел Австрии Лукас Эдер провел в Баку переговоры с коллегой.\n\n"
        "Австрийский министр также призвал Азербайджан и Грузию как можно скорее открыть новый паромный маршрут.\n\n"
        "Австрия готова расширять закупки газа, но не намерена отказываться от своих климатических целей. "
        "Такой сигнал министр иностранных дел Австрии Лукас Эдер (Lukas Eder) послал в среду в Баку.\n"
    )

    def test_the_appeal_and_the_signal_are_reported(self):
        self.assertEqual(
            quotes(self.TEXT),
            [
                ("Лукас Эдер", "Азербайджан и Грузию как можно скорее открыть новый паромный маршрут"),
                (
                    "Лукас Эдер",
                    "Австрия готова расширять закупки газа, но не намерена отказываться от своих климатических целей",
                ),
            ],
        )

    def test_a_title_after_the_verb_is_its_subject(self):
        text = (
            " date 2025-03-11 Министр иностранных дел Австрии Лукас Эдер провел в Баку переговоры с коллегой.\n\n"
            "«Паромы пойдут весной», — отметил Министр иностранных дел Австрии.\n"
        )
        self.assertEqual(quotes(text), [("Лукас Эдер", "Паромы пойдут весной")])


class SecondMarkedClauseTests(SimpleTestCase):
    """'ответил, что "A" и что "B"': both marked clauses are the speaker's; a spokesman of "the ministry" the
    sentence before names is that state's, and a third state's spokesman takes no part."""

    TEXT = (
        " date 2025-11-20 Премьер-министр Чехии Томаш Голуб провел в Анкаре переговоры с президентом Турции "
        "Кемалем Арсланом.\n\n"
        "На вопрос журналиста Голуб ответил, что «Прага не меняет своих принципов» и что «торговля должна "
        "расти быстрее».\n\n"
        "В МИД Греции визит оценили сдержанно. Представитель ведомства Никос Папас заявил, что Афины «внимательно "
        "следят за контактами Праги и Анкары» и что «никаких сюрпризов не ожидают».\n"
    )

    def test_both_clauses_are_the_prime_ministers_and_the_spokesmans_none(self):
        self.assertEqual(
            quotes(self.TEXT),
            [
                ("Томаш Голуб", "Прага не меняет своих принципов"),
                ("Томаш Голуб", "торговля должна расти быстрее"),
            ],
        )


class SubjectPhraseTests(SimpleTestCase):
    """The subject of a verb of speech is the person named first when where and with whom he spoke follow his
    name; "главы области" is one region's head, not the heads of both sides."""

    def test_a_press_conference_with_another_leader_between_name_and_verb(self):
        text = (
            " date 2025-06-03 Анкара, 3 июня, АА – Президент Турции Кемаль Арслан на совместной пресс-конференции "
            "с президентом Монголии Батын Ганзоригом заявил, что Анкара и Улан-Батор откроют прямой рейс.\n"
        )
        self.assertEqual(quotes(text), [("Кемаль Арслан", "Анкара и Улан-Батор откроют прямой рейс")])

    def test_the_head_of_a_region_by_his_title(self):
        text = (
            " date 2025-06-03 Губернатор Тверской области Олег Сазонов принял посла Кубы Хорхе Миранду.\n\n"
            "Кроме того, по словам главы области, область готова поставлять на Кубу лен.\n"
        )
        self.assertEqual(quotes(text), [("Олег Сазонов", "область готова поставлять на Кубу лен")])


class GerundAfterLongQuoteTests(SimpleTestCase):
    """«A. B», — сказал X, добавив, что ...: the clause after the gerund is X's, also when the marks opened
    sentences before the attribution."""

    TEXT = (
        " date 2025-02-14 Министр экономики Азербайджана Фарид Алекперов провел в Белграде переговоры с "
        "президентом Сербии Драганом Иличем.\n\n"
        "«Наши страны давно торгуют. Это партнерство, проверенное годами», – сказал Алекперов, отметив, что "
        "азербайджанские банки готовы кредитовать сербских фермеров.\n"
    )

    def test_the_gerunds_clause_is_the_speakers(self):
        self.assertEqual(
            quotes(self.TEXT),
            [
                ("Фарид Алекперов", "Наши страны давно торгуют. Это партнерство, проверенное годами"),
                ("Фарид Алекперов", "азербайджанские банки готовы кредитовать сербских фермеров"),
            ],
        )


class UnnamedCosignerTests(SimpleTestCase):
    """ "Соглашения подписаны председателем правления X и руководителями турецких компаний": X is of the side the
    unnamed cosigners are not."""

    TEXT = (
        " date 2025-09-09 Президент Узбекистана Бахром Юсупов находится в Анкаре с государственным визитом.\n\n"
        "Президент Узбекистана Бахром Юсупов провел переговоры с президентом Турции Кемалем Арсланом.\n\n"
        "Соглашения подписаны председателем правления АО «Узтрансгаз» Тимуром Назаровым и руководителями "
        "турецких компаний.\n"
    )

    def test_the_named_signer_is_of_the_other_side(self):
        self.assertEqual(people(self.TEXT)["Тимур Назаров"], "UZ")


class ConfirmedStanceTests(SimpleTestCase):
    """A leader who confirms a stance ("подтвердил неизменную приверженность ...") states it: the stance and its
    object are reported; a confirmed invitation and the sides' joint confirmation are not."""

    TEXT = (
        " date 2025-07-01 Президент Чили Пабло Ортис провел переговоры с Председателем КНР Ли Вэйминем.\n\n"
        "Пабло Ортис подтвердил неизменную приверженность принципу одного Китая. Он также подтвердил приглашение "
        "посетить Сантьяго. Стороны подтвердили приверженность многосторонней торговле.\n"
    )

    def test_only_the_leaders_stance_is_reported(self):
        self.assertEqual(quotes(self.TEXT), [("Пабло Ортис", "неизменную приверженность принципу одного Китая")])


class SpeechNounTests(SimpleTestCase):
    """Marks after a noun of speech ("ограничился фразой о «...»") are the subject's partial quote; the same
    after a subject who is no participant are no one's."""

    TEXT = (
        " date 2025-05-05 Министр иностранных дел Перу Хорхе Сальдивар провел переговоры с коллегой из Чили "
        "Анной Роблес.\n\n"
        "Министр иностранных дел Перу Хорхе Сальдивар на брифинге ограничился фразой о «совпадении позиций по "
        "водным вопросам».\n\n"
        "Местные газеты ограничились словами о «новой странице в отношениях».\n"
    )

    def test_the_ministers_phrase_is_his_partial_quote(self):
        self.assertEqual(quotes(self.TEXT), [("Хорхе Сальдивар", "совпадении позиций по водным вопросам")])


class CaptionLineTests(SimpleTestCase):
    """«...», – and the speaker's name and title on the next line (a broadcaster's caption) attribute the words."""

    TEXT = (
        " date 2025-08-21 Президент Казахстана Нурлан Оспанов провел переговоры с президентом Кореи Ли Сон Мином.\n\n"
        "«Это конкретные проекты с конкретными сроками. Часть из них стартует уже в следующем году», –\n"
        "Ербол Касенов, министр иностранных дел РК\n\n"
        "«Рейсов станет больше», –\n"
        "Сеул, весна 2025 года\n"
    )

    def test_the_caption_names_the_speaker_and_a_place_line_does_not(self):
        self.assertEqual(
            quotes(self.TEXT),
            [
                (
                    "Ербол Касенов",
                    "Это конкретные проекты с конкретными сроками. Часть из них стартует уже в следующем году",
                )
            ],
        )


class SideStanceContinuationTests(SimpleTestCase):
    """An agency relays a statement sentence by sentence: after "X отметил, что ...", a sentence of the same
    paragraph that gives the stance of X's own side ("Сенегальская сторона готова ...") goes on with X's words, one
    quote to the paragraph's end."""

    HEAD = (
        " date 2025-04-10 Дакар, 10 апреля /Агентство/ -- Президент Сенегала Ибрагим Сарр провел переговоры с "
        "Премьер-министром Вьетнама Чан Ван Тхином.\n\n"
    )

    def test_the_speakers_side_goes_on_with_his_words(self):
        text = self.HEAD + (
            "Ибрагим Сарр отметил, что две страны связывает давняя дружба. Сенегальская сторона готова расширять "
            "поставки бокситов во Вьетнам. Сенегал и впредь будет поддерживать вьетнамские компании.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Ибрагим Сарр",
                    "две страны связывает давняя дружба. Сенегальская сторона готова расширять поставки бокситов во "
                    "Вьетнам. Сенегал и впредь будет поддерживать вьетнамские компании",
                ),
            ],
        )
        groups = {q.group for q in suggest_package(text).quotes}
        self.assertEqual(len(groups), 1)

    def test_the_other_side_or_a_named_person_is_the_story(self):
        other = self.HEAD + (
            "Ибрагим Сарр отметил, что две страны связывает давняя дружба. Вьетнамская сторона готова "
            "направить в Дакар инженеров.\n"
        )
        named = self.HEAD + (
            "Ибрагим Сарр отметил, что две страны связывает давняя дружба. Сенегал готов принять Чан Ван Тхина "
            "снова.\n"
        )
        for text in (other, named):
            self.assertEqual(quotes(text), [("Ибрагим Сарр", "две страны связывает давняя дружба")])


class PlaceNotSpeakerTests(SimpleTestCase):
    """A region declined as a neuter noun ("Губернатор Примурья", "производит Примурье") and a name after a place's
    kind ("в секторе Газа", "на острове Бали") are places: the title beside them belongs to the person named."""

    def test_a_region_in_the_headline_is_not_the_governor(self):
        text = (
            " date 2026-03-02 Губернатор Примурья принял посла Лаоса\n\n"
            "Губернатор Олег Веденеев принял в Благовещенске посла Лаоса Сомпхона Кеомани.\n\n"
            "Все, что производит Примурье, интересно партнерам из Азии.\n\n"
            "Губернатор напомнил, что Благовещенск поставляет в Лаос удобрения.\n"
        )
        self.assertEqual(quotes(text), [("Олег Веденеев", "Благовещенск поставляет в Лаос удобрения")])
        self.assertNotIn("Примурья", people(text))

    def test_a_region_named_once_in_the_genitive_is_left_as_it_was(self):
        text = (
            " date 2026-03-02 Благовещенск, 2 марта.\n\n"
            "Губернатор Олег Веденеев принял в Благовещенске посла Лаоса Сомпхона Кеомани.\n\n"
            "Губернатор напомнил, что Благовещенск поставляет в Лаос удобрения.\n"
        )
        self.assertEqual(quotes(text), [("Олег Веденеев", "Благовещенск поставляет в Лаос удобрения")])

    def test_a_name_after_a_places_kind_is_the_place(self):
        text = (
            " date 2026-03-02 Анкара, 2 марта.\n\n"
            "Президент Турции Мехмет Йылдыз провел переговоры с Президентом Киргизии Адылбеком Мамытовым.\n\n"
            "Коснувшись положения на острове Ранга, президент Турции заявил, что мир не должен молчать.\n"
        )
        self.assertEqual(quotes(text), [("Мехмет Йылдыз", "мир не должен молчать")])
        self.assertNotIn("Ранга", people(text))


class RegionalHostTests(SimpleTestCase):
    """A governor named without his region hosts a guest in a story of a Russian oblast; a guest's title after the
    host's clause is the guest's alone; a first name the dictionary does not know takes the surname's genitive."""

    TEXT = (
        " date 2026-02-10 Губернатор принял делегацию Монголии\n\n"
        "Кемеровская область и Монголия договорились о поставках угольной техники. Губернатор Андрей Смолин принял "
        "в здании правительства заместителя премьер-министра Монголии Батболда Доржсурэна и посла Монголии в "
        "России.\n\n"
        "Доржсурэн отметил, что Улан-Батор ждет техники из Кузбасса.\n"
    )

    def test_the_governor_is_russias_and_the_guest_keeps_his_title(self):
        found = people(self.TEXT)
        self.assertEqual(found.get("Андрей Смолин"), "RU")
        self.assertEqual(found.get("Батболд Доржсурэн"), "MN")

    def test_no_oblast_named_no_country_guessed(self):
        text = self.TEXT.replace("Кемеровская область и Монголия договорились", "Стороны договорились")
        text = text.replace(
            "Монголии в России", "Монголии"
        )  # where the guest's ambassador is posted would tell the host too
        self.assertNotEqual(people(text).get("Андрей Смолин"), "RU")


class RegionalGuestTests(SimpleTestCase):
    """A son-of name ("Асылбекулы") does not decline; a governor of an aimag is Mongolia's; "глава региона" among
    a host akim and a guest governor is the host's."""

    TEXT = (
        " date 2025-06-03 Павлодар, 3 июня.\n\n"
        "Аким Павлодарской области Бауыржан Жумабеков принял делегацию Монголии во главе с Министром энергетики "
        "Монголии Цогтын Батбаяром, находящейся в Казахстане с рабочим визитом.\n\n"
        "В состав делегации вошел губернатор аймака Ховд Нурлан Асылбекулы.\n\n"
        "Приветствуя гостей, глава региона отметил, что Павлодар готов поставлять в Ховд цемент.\n\n"
        "Губернатор аймака Ховд Нурлан Асылбекулы предложил открыть автобусный маршрут.\n"
    )

    def test_the_guest_governor_and_the_host(self):
        found = people(self.TEXT)
        self.assertEqual(found.get("Нурлан Асылбекулы"), "MN")
        self.assertEqual(found.get("Бауыржан Жумабеков"), "KZ")
        self.assertIn(("Бауыржан Жумабеков", "Павлодар готов поставлять в Ховд цемент"), quotes(self.TEXT))

    def test_a_governor_of_a_province_takes_no_country_from_the_word(self):
        # without the delegation, which tells the guest's country on its own
        text = self.TEXT.replace(
            "В состав делегации вошел губернатор аймака Ховд", "На встрече был губернатор провинции Ховд"
        ).replace("Губернатор аймака Ховд", "Губернатор провинции Ховд")
        self.assertNotEqual(people(text).get("Нурлан Асылбекулы"), "MN")


class HyphenatedSyllableNameTests(SimpleTestCase):
    """A short syllable of a hyphenated name ("Бат-Эрдэнэ") is no everyday word when the other part is unknown."""

    def test_a_hyphenated_first_name_with_a_short_syllable(self):
        text = " date 2025-06-03 Павлодар.\n\nВ Павлодар прибыл Министр энергетики Монголии Бат-Эрдэнэ Батбаяр.\n"
        self.assertEqual(people(text), {"Бат-Эрдэнэ Батбаяр": "MN"})

    def test_a_known_word_with_a_short_part_stays_a_word(self):
        text = " date 2025-06-03 Павлодар.\n\nВ Павлодар прибыл Посол Монголии. Пресс-Служба сообщила об этом.\n"
        self.assertEqual(people(text), {})


class ClauseAfterKindTests(SimpleTestCase):
    """A kind word followed by a clause ("меморандумы этого не меняют", "Документы предусматривают ...") is the
    subject of a sentence, not a document's title; a list of signed documents ends where such a sentence begins."""

    HEAD = (
        " date 2025-05-12 Баку, 12 мая.\n\n"
        "Президент Азербайджана Эльдар Гасанов провел переговоры с Президентом Словакии Мартином Грегором.\n\n"
    )

    def test_a_clause_after_the_kind_is_no_title(self):
        text = self.HEAD + (
            "Подписан меморандум о сотрудничестве в сфере туризма. По словам аналитика, подписанные сегодня "
            "меморандумы этого не меняют. Чтобы выполнить подписанные меморандумы, нужно строить новые отели.\n"
        )
        self.assertEqual(agreements(text), [("Меморандум о сотрудничестве в сфере туризма", "tourism")])

    def test_a_list_ends_at_the_storys_sentence(self):
        text = self.HEAD + (
            "По итогам переговоров подписаны следующие документы:\n\n"
            "– Соглашение о воздушном сообщении;\n\n"
            "– Меморандум о сотрудничестве в области образования.\n\n"
            "Документы предусматривают обмен студентами и открытие новых рейсов.\n"
        )
        self.assertEqual(
            [t for t, _ in agreements(text)],
            ["Соглашение о воздушном сообщении", "Меморандум о сотрудничестве в области образования"],
        )


class ClauseSecondVerbTests(SimpleTestCase):
    """With no verb of speech to agree with ("Как отметил X, ...", "отметив, что ..."), a verb after "и" that
    agrees with a verb of the clause is the clause's own, not a new act of the speaker."""

    HEAD = (
        " date 2025-10-08 Минск, 8 октября.\n\n"
        "Премьер-министр Беларуси Игорь Петрашевич провел переговоры с Премьер-министром Лаоса Сонсаем "
        "Сипхандоном.\n\n"
    )

    def test_the_clauses_second_verb(self):
        text = self.HEAD + (
            "Как отметил Игорь Петрашевич, межправкомиссия обсудила график поставок и утвердила план на год.\n\n"
            "Сонсай Сипхандон приветствовал гостей, отметив, что связи двух стран окрепли и вышли на новый "
            "уровень.\n"
        )
        self.assertEqual(
            [t for _, t in quotes(text)],
            [
                "межправкомиссия обсудила график поставок и утвердила план на год",
                "связи двух стран окрепли и вышли на новый уровень",
            ],
        )

    def test_a_verb_of_the_speaker_still_ends_the_clause(self):
        text = self.HEAD + (
            "Сонсай Сипхандон приветствовал гостей, отметив, что связи двух стран окрепли, и пригласил Игоря "
            "Петрашевича в Лаос.\n"
        )
        self.assertEqual([t for _, t in quotes(text)], ["связи двух стран окрепли"])


class SpeakerInsideRelativeClauseTests(SimpleTestCase):
    """ "X отметил, что A, что, по его словам, B": the speaker named again inside the clause's relative clause; one
    statement. A "по его словам" after a sentence with no reported clause still opens words of its own."""

    HEAD = (
        " date 2025-02-14 Бишкек, 14 февраля.\n\n"
        "Президент Киргизии Адылбек Мамытов провел переговоры с Президентом Монголии Батбаяром Эрдэнэбатом.\n\n"
    )

    def test_one_statement(self):
        text = self.HEAD + (
            "Адылбек Мамытов отметил, что поставки мяса выросли вдвое, что, по его словам, стало возможным "
            "благодаря новому пункту пропуска.\n"
        )
        self.assertEqual(
            [t for _, t in quotes(text)],
            ["поставки мяса выросли вдвое, что, по его словам, стало возможным благодаря новому пункту пропуска"],
        )

    def test_a_contrasting_clause_of_the_same_statement(self):
        text = self.HEAD + (
            "Адылбек Мамытов сообщил, что поставки мяса выросли вдвое, однако нынешние квоты, по его словам, "
            "сдерживают рост.\n"
        )
        self.assertEqual(
            [t for _, t in quotes(text)],
            ["поставки мяса выросли вдвое, однако нынешние квоты, по его словам, сдерживают рост"],
        )

    def test_no_reported_clause_before(self):
        text = self.HEAD + (
            "Адылбек Мамытов отметил, что поставки мяса выросли вдвое. Пункт пропуска открыт круглосуточно, что, "
            "по его словам, удобно для перевозчиков.\n"
        )
        self.assertIn("удобно для перевозчиков", [t for _, t in quotes(text)])


class OwnPaperAndPatronTests(SimpleTestCase):
    """A national paper in the byline ("«Узбекская правда»") tells whose "Глава государства" it is; an office after
    "при" ("института при Президенте") is the institution's patron, not the title of the person named after it."""

    TEXT = (
        " date 2024-03-05 УЗБЕКИСТАН – ИСПАНИЯ\n\n"
        "Дилноза Юсупова, «Узбекская правда», Мадрид – Ташкент\n\n"
        "Президент Узбекистана Алишер Каримов завершил визит в Испанию. Во дворце Сарсуэла Алишера Каримова "
        "приветствовал Король Испании Фелипе Бурбон.\n\n"
        "Глава государства отметил, что Испания стала важным инвестором.\n\n"
        "Комментируя визит, директор Центра экономических исследований при Президенте Узбекистана Бахром "
        "Тошматов отметил, что визит был успешным.\n"
    )

    def test_the_papers_head_of_state_and_no_patron_title(self):
        found = quotes(self.TEXT)
        self.assertIn(("Алишер Каримов", "Испания стала важным инвестором"), found)
        self.assertNotIn("Бахром Тошматов", {name for name, _ in found})

    def test_a_paper_that_names_no_country(self):
        text = self.TEXT.replace("«Узбекская правда»", "«Вечерний курьер»")
        self.assertNotIn(("Алишер Каримов", "Испания стала важным инвестором"), quotes(text))


class PresentSigningTests(SimpleTestCase):
    """A reportage tells the signing in the present ("подписывают контракт на поставку ..."); a contract named only
    by its term ("контракт на 15 лет") names no document."""

    HEAD = (
        " date 2025-11-20 Ханой, 20 ноября.\n\n"
        "Премьер-министр России Андрей Сальников провел переговоры с Премьер-министром Вьетнама Чан Ван Фыонгом.\n\n"
    )

    def test_a_signing_in_the_present(self):
        text = self.HEAD + (
            "В присутствии премьеров компании «Волга-Зерно» и «Меконг Фид» подписывают контракт на поставку "
            "300 тысяч тонн ячменя.\n"
        )
        self.assertEqual([t for t, _ in agreements(text)], ["Контракт на поставку 300 тысяч тонн ячменя"])

    def test_a_term_alone_is_no_document(self):
        text = self.HEAD + "«Сегодня Вьетнам подписывает с нами контракт на 15 лет», — отметил Андрей Сальников.\n"
        self.assertEqual(agreements(text), [])


class ClassOfPartiesTests(SimpleTestCase):
    """ "подписаны соглашения между компаниями двух стран, в том числе: ..." names a class of documents, told by the
    list after it; a document between named bodies is one."""

    HEAD = (
        " date 2025-09-15 Хошимин, 15 сентября.\n\n"
        "Министр промышленности Беларуси Андрей Лукашевич провел переговоры с министром промышленности Вьетнама "
        "Нгуеном Ван Тханем.\n\n"
    )

    def test_a_class_of_parties_is_no_document(self):
        text = self.HEAD + (
            "Подписаны соглашения между предприятиями и банками двух стран, в том числе меморандум о поставках "
            "автобусов в Хошимин.\n"
        )
        self.assertEqual([t for t, _ in agreements(text)], ["Меморандум о поставках автобусов в Хошимин"])

    def test_named_parties_are_a_document(self):
        text = self.HEAD + "Подписаны соглашения между министерствами промышленности и между торговыми палатами.\n"
        self.assertTrue(agreements(text))


class InstrumentInUseTests(SimpleTestCase):
    """An instrument named as one in use ("с учетом кредитной линии", "использования кредитной линии", "в рамках
    соглашения") is not signed at the visit; one signed at it is."""

    HEAD = (
        " date 2025-04-02 Ташкент, 2 апреля.\n\n"
        "Президент Узбекистана Алишер Каримов провел переговоры с Президентом Чехии Петром Новаком.\n\n"
    )

    def test_in_use(self):
        text = self.HEAD + (
            "Объем подписанных документов с учетом кредитной линии Чешского экспортного банка составил $2 млрд. "
            "Обсуждено эффективное использование кредитной линии ЧЭБ, подписанной в прошлом месяце.\n"
        )
        self.assertEqual(agreements(text), [])

    def test_signed_now(self):
        text = self.HEAD + "Подписано кредитное соглашение о финансировании строительства больницы в Нукусе.\n"
        self.assertEqual(len(agreements(text)), 1)


class GrantAdjectiveTests(SimpleTestCase):
    """ "грантовая помощь" is aid of a kind, no deal; "предоставила грант на ..." is one."""

    HEAD = (
        " date 2025-04-02 Душанбе, 2 апреля.\n\n"
        "Министр иностранных дел Таджикистана Фарход Назаров провел переговоры с министром иностранных дел Кореи "
        "Паком Чон Мином.\n\n"
    )

    def test_aid_of_a_kind(self):
        text = self.HEAD + (
            "Подписано соглашение о воздушном сообщении.\n\n"
            "Корея продолжит грантовую помощь Таджикистану, в том числе на проекты по борьбе с селями.\n"
        )
        self.assertEqual([t for t, _ in agreements(text)], ["Соглашение о воздушном сообщении"])

    def test_a_grant_given(self):
        text = self.HEAD + "Корея предоставила грант на строительство школы в Хороге.\n"
        self.assertEqual([s for _, s in agreements(text)], ["education"])


class DocumentToldAgainTests(SimpleTestCase):
    """A document told in full and then again shorter (by a leader's words) counts once; the topic of a title
    ends at its sentence's verb, at "и еще ... документов" and at a relative clause ("в рамках которого")."""

    HEAD = (
        " date 2025-07-01 Баку, 1 июля.\n\n"
        "Президент Азербайджана Эльдар Гасанов и Президент Филиппин Рамон Сантос подписали «Совместную "
        "декларацию об установлении всеобъемлющего партнерства между Азербайджанской Республикой и Республикой "
        "Филиппины».\n\n"
    )

    def test_told_again_counts_once(self):
        text = self.HEAD + (
            "«Сегодня мы подписали декларацию о всеобъемлющем партнерстве и еще целый ряд документов. Подписанное "
            "сегодня соглашение об авиасообщении откроет прямые рейсы», — сказал Рамон Сантос.\n\n"
            "Подписано также соглашение о финансовом сотрудничестве, в рамках которого Баку выделит средства "
            "студентам.\n"
        )
        self.assertEqual(
            [t for t, _ in agreements(text)],
            [
                "Декларация об установлении всеобъемлющего партнерства между Азербайджанской Республикой и "
                "Республикой Филиппины",
                "Соглашение об авиасообщении",
                "Соглашение о финансовом сотрудничестве",
            ],
        )

    def test_two_documents_of_one_field_in_a_list_both_count(self):
        text = self.HEAD + (
            "Подписаны меморандумы о сотрудничестве в сфере энергетики и в сфере энергетики и геологии.\n"
        )
        self.assertEqual(len([t for t, _ in agreements(text) if t.startswith("Меморандум")]), 2)


class FieldListJoinTests(SimpleTestCase):
    """In a list of fields "и" splits only the last part: "A, B и C, D" is three documents, B and C one; documents
    "о сотрудничестве в различных сферах" name no field and no document."""

    HEAD = (
        " date 2024-08-20 Хараре, 20 августа.\n\n"
        "Премьер-министр Беларуси Игорь Петрашевич провел переговоры с Президентом Зимбабве Тендаи Мойо.\n\n"
    )

    def test_and_inside_a_list_joins_two_fields(self):
        text = self.HEAD + (
            "Подписаны соглашения в сфере туризма, энергетики и электросетей, спорта, культуры и искусства.\n"
        )
        self.assertEqual(
            [t for t, _ in agreements(text)],
            [
                "Соглашение в сфере туризма",
                "Соглашение в сфере энергетики и электросетей",
                "Соглашение в сфере спорта",
                "Соглашение в сфере культуры",
                "Соглашение в сфере искусства",
            ],
        )

    def test_various_fields_name_no_document(self):
        self.assertEqual(
            agreements(self.HEAD + "В ходе визита подписаны 9 документов о сотрудничестве в разных сферах.\n"), []
        )


class InstrumentAsMeansTests(SimpleTestCase):
    """A document told as the means of what was agreed ("Отдельным протоколом согласованы требования к ...") is a
    document on that; "протоколом" after "в соответствии с" refers to an earlier one."""

    HEAD = (
        " date 2024-08-20 Ханой, 20 августа.\n\n"
        "Президент Вьетнама Чан Дык Лыонг провел переговоры с Президентом Аргентины Хавьером Пересом.\n\n"
    )

    def test_a_protocol_as_the_means(self):
        text = self.HEAD + "Отдельным протоколом утверждены правила экспорта аргентинской говядины.\n"
        self.assertEqual(agreements(text), [("Протокол о правилах экспорта аргентинской говядины", "trade")])

    def test_a_background_protocol(self):
        text = self.HEAD + "Напомним, что в 2019 году протоколом согласованы квоты на поставки говядины.\n"
        self.assertEqual(agreements(text), [])


class QuotedPostTests(SimpleTestCase):
    """A social post quoted in full under "Публикация от X (@handle):" is X's, its lines one quote; "цитирует
    министра пресс-служба" gives the words to the one cited, not to the service."""

    HEAD = (
        " date 2024-10-03 Астана, 3 октября.\n\n"
        "Министр энергетики Казахстана Нурлан Жаксылыков находится с рабочим визитом во Франции.\n\n"
    )

    def test_a_post_under_its_label(self):
        text = self.HEAD + (
            "Публикация от Нурлан Жаксылыков (@zhaksylykov.energy):\n\n"
            "«Рабочий визит во Францию ⚡\n"
            "Сегодня провел встречу в Париже. Обсудили поставки урана.\n"
            "#Казахстан #Франция»\n\n"
            "«Французские компании готовы строить у нас заводы», – цитирует министра пресс-служба.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Нурлан Жаксылыков",
                    "Рабочий визит во Францию ⚡\nСегодня провел встречу в Париже. Обсудили поставки урана.\n"
                    "#Казахстан #Франция",
                ),
                ("Нурлан Жаксылыков", "Французские компании готовы строить у нас заводы"),
            ],
        )

    def test_a_label_that_names_no_one(self):
        text = self.HEAD + "Публикация от пресс-службы:\n\n«Министр провел встречу в Париже»\n"
        self.assertEqual(quotes(text), [])


class PhaseVerbAttributionTests(SimpleTestCase):
    """ "— успевает сказать X", "— поспешил заверить X": a verb of phase or haste before the infinitive of speech."""

    HEAD = (
        " date 2025-11-20 Ханой, 20 ноября.\n\n"
        "Премьер-министр России Андрей Сальников провел переговоры с Премьер-министром Вьетнама Чан Ван Фыонгом.\n\n"
    )

    def test_phase_then_speech(self):
        text = self.HEAD + "«Мы ценим ваше терпение», — успевает сказать Сальников, прежде чем журналистов выводят.\n"
        self.assertEqual(quotes(text), [("Андрей Сальников", "Мы ценим ваше терпение")])

    def test_a_verb_then_no_speech(self):
        text = self.HEAD + "«Мы ценим ваше терпение», — успевает прочитать Сальников на плакате.\n"
        self.assertEqual(quotes(text), [])


class SigningCompanyHeadTests(SimpleTestCase):
    """The head of a company that is a party to a signed document takes part, on the side of the company: its
    adjective ("вьетнамская корпорация «...»"), or the other side than the company told beside it."""

    TEXT = (
        " date 2026-02-09 Ханой, 9 февраля.\n\n"
        "Премьер-министр России Андрей Сальников провел переговоры с Премьер-министром Вьетнама Чан Ван Фыонгом.\n\n"
        "В присутствии премьеров группа «Волга-Зерно» и вьетнамская корпорация «Меконгфид» подписывают контракт "
        "на поставку ячменя.\n\n"
        "Гендиректор «Волга-Зерно» Петр Ларин доволен. Председатель правления «Меконгфида» Чан Тхи Ньы "
        "улыбается.\n"
    )

    def test_the_heads_of_the_signing_companies(self):
        found = people(self.TEXT)
        self.assertEqual(found.get("Петр Ларин"), "RU")
        self.assertEqual(found.get("Чан Тхи Ньы"), "VN")

    def test_the_head_of_a_company_that_signed_nothing(self):
        text = self.TEXT.replace("подписывают контракт на поставку ячменя", "обсуждают поставки ячменя")
        self.assertNotIn("Петр Ларин", people(text))


class CompanyNameCarriesItsCountryTests(SimpleTestCase):
    """A company whose name opens with its country's stem ("Росатом", "Узбекнефтегаз") is that country's, and a
    company that signs with such a partner is of the other side; a head of a company whose name carries nothing
    stays with the host."""

    TEXT = (
        " date 2026-03-11 Ташкент, 11 марта.\n\n"
        "Президент России Игорь Светлов провел в Ташкенте переговоры с президентом Узбекистана Шавкатом Рузиевым.\n\n"
        "В присутствии президентов подписаны соглашения компаний. «Роспромлес» и Агентство лесного хозяйства "
        "Узбекистана подписали контракт на поставку саженцев. Генеральный директор «Роспромлеса» Павел Гусев назвал "
        "сделку рекордной.\n\n"
        "«Волгамаш» и АО «Узбеклегпром» подписали соглашение о поставках ткацких станков. Председатель правления "
        "«Волгамаша» Олег Титов доволен.\n\n"
        "«Садовод» и «Агрокомплекс» подписали меморандум о поставках яблок. Директор «Садовода» Ильдар Расулов "
        "улыбается.\n"
    )

    def test_the_company_by_its_own_name(self):
        self.assertEqual(people(self.TEXT).get("Павел Гусев"), "RU")

    def test_the_company_by_its_partners_name(self):
        self.assertEqual(people(self.TEXT).get("Олег Титов"), "RU")

    def test_a_company_whose_name_carries_nothing(self):
        self.assertEqual(people(self.TEXT).get("Ильдар Расулов"), "UZ")


class SurnameReadAsAdjectiveTests(SimpleTestCase):
    """A surname the dictionary reads only as a plural adjective ("Бараньи") after a first name in the singular is
    the surname; "АНДР" is Algeria."""

    def test_the_surname_after_a_first_name(self):
        text = (
            " date 2025-05-14 Будапешт, 14 мая.\n\n"
            "Переговоры Левана Чиковани и премьер-министра Венгрии Золтана Бараньи прошли в Будапеште.\n"
        )
        self.assertEqual(people(text).get("Золтан Бараньи"), "HU")

    def test_a_plural_adjective_after_no_name(self):
        text = (
            " date 2025-05-14 Будапешт, 14 мая.\n\n"
            "Премьер-министр Венгрии Золтан Киш принял гостей. Бараньи котлеты подали на ужин.\n"
        )
        self.assertEqual(people(text), {"Золтан Киш": "HU"})

    def test_an_abbreviated_republic(self):
        text = " date 2025-05-14 Москва, 14 мая.\n\nМинистр торговли АНДР Рашид Беннани прибыл в Москву.\n"
        self.assertEqual(people(text), {"Рашид Беннани": "DZ"})


class PresidentsAideTests(SimpleTestCase):
    """ "помощник президента по международным вопросам" written in lower case is the aide of the story's own
    president, not of the last head of state named."""

    TEXT = (
        " date 2026-04-14 МОСКВА, 14 апреля.\n\n"
        "В Кремле прошли переговоры Президента России Михаила Ракитина с президентом Малайзии Азизом Рахманом.\n\n"
        "Как пояснил журналистам помощник президента по международным вопросам Игорь Лавров, главное — зерно.\n"
    )

    def test_the_own_presidents_aide(self):
        self.assertEqual(people(self.TEXT).get("Игорь Лавров"), "RU")

    def test_a_deputy_minister_is_the_ministers(self):
        # a Malaysian name: a Russian one would tell the Russian side by itself
        text = self.TEXT.replace("помощник президента по международным вопросам", "заместитель министра")
        text = text.replace("Игорь Лавров", "Хасан Исмаил")
        self.assertNotEqual(people(text).get("Хасан Исмаил"), "RU")


class DialogueGerundAndPublicTests(SimpleTestCase):
    """ "— ..., — сказал X, добавив, что ..." gives X the reported clause too; a student or a resident the visit
    meets is no participant, and her words are no participant's."""

    HEAD = (
        " date 2025-06-19 Астана, 19 июня.\n\n"
        "В Астане находится с государственным визитом Президент Монголии Цэвээнжавын Ганзориг.\n\n"
    )

    def test_the_gerunds_clause(self):
        text = self.HEAD + (
            "– Город растет на глазах, – сказал Цэвээнжавын Ганзориг, добавив, что ждет астанчан в Улан-Баторе.\n"
        )
        self.assertEqual([t for _, t in quotes(text)], ["Город растет на глазах", "ждет астанчан в Улан-Баторе"])

    def test_a_student_is_no_participant(self):
        text = self.HEAD + (
            "– Я очень волновалась, – призналась студентка университета Сарангэрэл Батбаяр, приехавшая из Эрдэнэта.\n"
        )
        self.assertEqual(quotes(text), [])
        self.assertNotIn("Сарангэрэл Батбаяр", people(text))


class OfficeSpeaksTests(SimpleTestCase):
    """ "сообщила пресс-служба X": the office speaks, not X; "сообщил пресс-секретарь X Y" is Y, a person."""

    HEAD = (
        " date 2025-04-02 Ташкент, 2 апреля.\n\n"
        "Президент Узбекистана Алишер Каримов провел переговоры с Президентом Кореи Ли Чон Хо.\n\n"
    )

    def test_the_office(self):
        text = self.HEAD + "Переговоры начались в узком формате, сообщила пресс-служба Каримова.\n"
        self.assertEqual(quotes(text), [])

    def test_the_person_named(self):
        text = self.HEAD + "Переговоры начались в узком формате, сообщил Алишер Каримов.\n"
        self.assertEqual(quotes(text), [("Алишер Каримов", "Переговоры начались в узком формате")])


class NamingGerundPartialTests(SimpleTestCase):
    """ "..., назвав университет «Манас» «символом братства»": a name in marks, then the words; the gerund's subject
    is the sentence's, named by title."""

    HEAD = (
        " date 2025-05-14 Бишкек, 14 мая.\n\n"
        "Президент Турции Ахмет Озтюрк провел переговоры с Президентом Киргизии Адылбеком Мамытовым.\n\n"
    )

    def test_the_words_after_a_name_in_marks(self):
        text = self.HEAD + (
            "Президент Турции остановился на образовании, назвав лицей «Ататюрк» «мостом между двумя народами».\n"
        )
        self.assertEqual(
            [(q.speaker.name, q.text, q.kind) for q in suggest_package(text).quotes],
            [("Ахмет Озтюрк", "мостом между двумя народами", "partial")],
        )

    def test_a_name_alone_is_no_quote(self):
        text = self.HEAD + "Президент Турции остановился на образовании, назвав лицей «Ататюрк» лучшим в стране.\n"
        self.assertEqual(quotes(text), [])


class TotalFieldListJoinTests(SimpleTestCase):
    """A total told by field ("11 документов – о сотрудничестве в сфере A и B, C, D") joins "A и B" as one."""

    def test_a_total_by_field(self):
        text = (
            " date 2024-05-10 Будапешт, 10 мая.\n\n"
            "Премьер-министр Венгрии Золтан Киш провел переговоры с Председателем КНР Ли Вэем.\n\n"
            "Стороны подписали 9 документов – о сотрудничестве в сфере туризма и спорта, образования, культуры и "
            "науки.\n"
        )
        self.assertEqual(
            [t for t, _ in agreements(text)],
            [
                "Документ о сотрудничестве в сфере туризма и спорта",
                "Документ о сотрудничестве в сфере образования",
                "Документ о сотрудничестве в сфере культуры",
                "Документ о сотрудничестве в сфере науки",
            ],
        )


class SharedActionTests(SimpleTestCase):
    """ "соглашения о строительстве A и B": one action, two objects, one document each; a single agreement on
    building two things is one."""

    HEAD = (
        " date 2024-05-10 Астана, 10 мая.\n\n"
        "Президент Казахстана Бауыржан Тулегенов провел переговоры с Президентом Франции Луи Мартеном.\n\n"
    )

    def test_two_objects_of_plural_agreements(self):
        text = self.HEAD + (
            "Подписаны соглашения о строительстве цементного завода в Шымкенте и солнечной электростанции в "
            "Туркестанской области.\n"
        )
        self.assertEqual(
            [t for t, _ in agreements(text)],
            [
                "Соглашение о строительстве цементного завода в Шымкенте",
                "Соглашение о строительстве солнечной электростанции в Туркестанской области",
            ],
        )

    def test_one_agreement_on_two_objects(self):
        text = self.HEAD + (
            "Подписано соглашение о строительстве цементного завода в Шымкенте и солнечной электростанции.\n"
        )
        self.assertEqual(len(agreements(text)), 1)


class CompanyDealTests(SimpleTestCase):
    """A plant a partner builds is an investment; "Второе соглашение подписано с группой X" names its party."""

    HEAD = (
        " date 2025-09-01 Калуга, 1 сентября.\n\n"
        "Губернатор Калужской области Алексей Брагин принял делегацию Вьетнама во главе с министром промышленности "
        "Фам Минь Дыком.\n\n"
    )

    def test_a_plant_and_a_party(self):
        text = self.HEAD + (
            "Вьетнамская компания Hanoi Knit заключила с правительством региона соглашение о строительстве "
            "трикотажной фабрики. Второе соглашение подписано с группой Saigon Fruit.\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Соглашение о строительстве трикотажной фабрики", "investment"),
                ("Соглашение с группой Saigon Fruit", "other"),
            ],
        )

    def test_a_road_built_is_infrastructure(self):
        text = self.HEAD + "Подписано соглашение о строительстве объездной дороги.\n"
        self.assertEqual([s for _, s in agreements(text)], ["infrastructure"])


class OrdinalDocumentTests(SimpleTestCase):
    """ "Третий документ – меморандум между ...": one more of the documents the story counts signed; with nothing
    signed before, an ordinal names no signing."""

    HEAD = (
        " date 2025-09-01 Калуга, 1 сентября.\n\n"
        "Губернатор Калужской области Алексей Брагин принял делегацию Вьетнама во главе с министром промышленности "
        "Фам Минь Дыком.\n\n"
    )

    def test_counted_on(self):
        text = self.HEAD + (
            "Подписано соглашение о строительстве трикотажной фабрики. Фабрика даст 400 рабочих мест.\n\n"
            "Третий документ – меморандум между калужской фирмой «Упак» и вьетнамским дистрибьютором Saigon Box.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["investment", "trade"])

    def test_nothing_signed_before(self):
        text = self.HEAD + "Первый меморандум между фирмами обсуждают уже год.\n"
        self.assertEqual(agreements(text), [])

    def test_the_next_direction_of_a_count(self):
        text = self.HEAD + (
            "Подписано соглашение о строительстве трикотажной фабрики. Фабрика даст 400 рабочих мест. "
            "Второе направление — логистика: меморандум по речным перевозкам.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["investment", "transport"])


class FromFieldToDocumentTests(SimpleTestCase):
    """ "документов — от сотрудничества в образовании до меморандума по ...": the field is a document, the named
    document after "до" is read on its own; "..., проект которого обсуждается" ends a title."""

    def test_from_a_field_to_a_document(self):
        text = (
            " date 2026-02-09 Ханой, 9 февраля.\n\n"
            "Премьер-министр России Андрей Сальников провел переговоры с Премьер-министром Вьетнама Чан Ван "
            "Фыонгом.\n\n"
            "Подписано около десятка документов — от сотрудничества в здравоохранении до меморандума по "
            "исследовательскому реактору, проект которого обсуждается давно.\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Документ о сотрудничестве в здравоохранении", "health"),
                ("Меморандум по исследовательскому реактору", "energy"),
            ],
        )


class ExpressedInterestTests(SimpleTestCase):
    """ "выразил заинтересованность в X" reports the interest and its object; the sides' joint interest is none's."""

    HEAD = (
        " date 2025-03-03 Хараре, 3 марта.\n\n"
        "Премьер-министр Беларуси Игорь Петрашевич провел переговоры с Президентом Зимбабве Питер Мойо.\n\n"
    )

    def test_one_speakers_interest(self):
        text = self.HEAD + "Питер Мойо выразил заинтересованность в поставках белорусских автобусов.\n"
        self.assertEqual(quotes(text), [("Питер Мойо", "заинтересованность в поставках белорусских автобусов")])

    def test_the_sides_interest(self):
        text = self.HEAD + "Стороны выразили заинтересованность в поставках белорусских автобусов.\n"
        self.assertEqual(quotes(text), [])

    def test_one_speakers_readiness(self):
        # "выразил готовность" is the same kind of stance, the readiness and what it is for
        text = self.HEAD + "Питер Мойо выразил готовность открыть в Хараре сервисный центр.\n"
        self.assertEqual(quotes(text), [("Питер Мойо", "готовность открыть в Хараре сервисный центр")])

    def test_a_sides_readiness(self):
        text = self.HEAD + "Зимбабвийская сторона выразила готовность открыть в Хараре сервисный центр.\n"
        self.assertEqual(quotes(text), [])


class SignedBeforeTests(SimpleTestCase):
    """A document whose signing the visit comes after ("после подписания договора", "после того, как лидеры
    подписали договор") is an earlier one; one signed after the talks is the visit's."""

    HEAD = (
        " date 2025-09-16 Душанбе, 16 сентября.\n\n"
        "Президент Кыргызстана Алмазбек Осмонов прибыл в Таджикистан с государственным визитом.\n\n"
    )

    def test_before_the_visit(self):
        text = self.HEAD + (
            "Это первый визит после подписания договора о границе. Он проходит спустя год после того, как лидеры "
            "подписали соглашение о воде.\n"
        )
        self.assertEqual(agreements(text), [])

    def test_after_the_talks(self):
        text = self.HEAD + "После переговоров лидеры подписали соглашение о воде.\n"
        self.assertEqual([s for _, s in agreements(text)], ["water"])


class KindsOfACountTests(SimpleTestCase):
    """ "около десятка документов — меморандумов и деклараций": the kinds a count is made of, no document; a
    document named after "и" in the singular still is one."""

    HEAD = (
        " date 2025-05-05 Афины, 5 мая.\n\n"
        "Президент Турции Хакан Озтюрк провел переговоры с премьер-министром Греции Никосом Ставридисом.\n\n"
    )

    def test_the_kinds_of_a_count(self):
        text = self.HEAD + "Министры подписали около десятка документов — меморандумов и совместных деклараций.\n"
        self.assertEqual(agreements(text), [])

    def test_a_singular_document_after_and(self):
        text = self.HEAD + "Министры подписали меморандум о туризме и соглашение о морском сообщении.\n"
        self.assertEqual(len(agreements(text)), 2)

    def test_documents_and_projects_worth_a_total(self):
        text = self.HEAD + "Подписаны соглашения и инвестиционные проекты на общую сумму свыше $2 млрд.\n"
        self.assertEqual(agreements(text), [])


class ThanksThenHeTests(SimpleTestCase):
    """ "X, в свою очередь, выразил благодарность Китаю за ... . Он отметил, что ...": the country after the verb is
    its object, no unnamed speaker, so "он" is X."""

    def test_he_after_thanks(self):
        text = (
            " date 2025-04-23 Пекин, 23 апреля.\n\n"
            "Председатель КНР Ли Вэй провел переговоры с президентом Кении Джеймсом Кипроно Мвангой.\n\n"
            "Мванга, в свою очередь, выразил благодарность Китаю за поддержку. Он отметил, что железная дорога "
            "стала символом дружбы.\n"
        )
        self.assertIn(("Джеймс Кипроно Мванга", "железная дорога стала символом дружбы"), quotes(text))

    def test_he_after_an_unnamed_speaker(self):
        text = (
            " date 2025-04-23 Пекин, 23 апреля.\n\n"
            "Председатель КНР Ли Вэй провел переговоры с президентом Кении Джеймсом Кипроно Мвангой.\n\n"
            "Дорога окупится за десять лет, сообщил представитель компании. Он отметил, что поезда ходят полными.\n"
        )
        self.assertEqual(quotes(text), [])


class ShareAndSeveralTests(SimpleTestCase):
    """ "Основная часть соглашений касается X": a share told next in full, no document; "Еще ряд соглашений
    касается A, B и C": one document a topic; "меморандумов, сумма по которым не раскрывается": a relative clause."""

    HEAD = (
        " date 2025-06-10 Астана, 10 июня.\n\n"
        "Президент Казахстана Бауыржан Тулегенов провел переговоры с Премьер-министром Японии Хироси Като.\n\n"
    )

    def test_a_share_and_several(self):
        text = self.HEAD + (
            "Подписано 20 документов. Основная часть подписанных соглашений касается энергетики. Еще ряд "
            "соглашений касается поставок вагонов, производства шин и логистики по Каспию.\n"
        )
        self.assertEqual(
            [t for t, _ in agreements(text)],
            [
                "Соглашение о поставках вагонов",
                "Соглашение о производстве шин",
                "Соглашение о логистике по Каспию",
            ],
        )

    def test_a_count_with_a_relative_clause(self):
        text = self.HEAD + "Подписано еще 12 меморандумов, сумма по которым не раскрывается.\n"
        self.assertEqual(agreements(text), [])


class DocumentToBeMadeTests(SimpleTestCase):
    """ "в течение года выйти на «дорожную карту»", "подготовить меморандум": a document still to be made."""

    HEAD = (
        " date 2025-03-03 Минск, 3 марта.\n\n"
        "Президент Беларуси Виктор Зданевич провел переговоры с Президентом Лаоса Бунтхонгом Сисаватом.\n\n"
    )

    def test_to_be_made(self):
        text = self.HEAD + (
            "Глава государства поставил задачу: в течение года выйти на «дорожную карту» с перечнем проектов.\n"
        )
        self.assertEqual(agreements(text), [])

    def test_made(self):
        text = self.HEAD + "Подписана «дорожная карта» с перечнем проектов.\n"
        self.assertEqual(len(agreements(text)), 1)


class SecondClauseByPronounTests(SimpleTestCase):
    """ "X сообщил, что A, а министр Y, по его словам, примет участие ...": two statements of X, the second with
    its own subject; "по словам Y" names another speaker and is not joined."""

    HEAD = (
        " date 2025-05-05 Белград, 5 мая.\n\n"
        "Президент Сербии Милан Петрович провел переговоры с Президентом Азербайджана Эльдаром Гасановым.\n\n"
    )

    def test_the_second_statement(self):
        text = self.HEAD + (
            "Петрович также сообщил, что принял приглашение посетить Баку, а премьер-министр Сербии Душан Илич, "
            "по его словам, примет участие в энергетической неделе.\n"
        )
        self.assertEqual(
            [t for _, t in quotes(text)],
            [
                "принял приглашение посетить Баку",
                "премьер-министр Сербии Душан Илич, по его словам, примет участие в энергетической неделе",
            ],
        )

    def test_according_to_another(self):
        text = self.HEAD + (
            "Петрович сообщил, что принял приглашение посетить Баку, а переговоры, по словам Гасанова, прошли "
            "успешно.\n"
        )
        self.assertIn(("Эльдар Гасанов", "прошли успешно"), quotes(text))


class WrotePostTests(SimpleTestCase):
    """ "X написал в соцсетях, что ..." reports X's words; "написал письмо" with no clause reports none."""

    HEAD = (
        " date 2024-05-10 Будапешт, 10 мая.\n\n"
        "Министр иностранных дел Венгрии Петер Шандор провел переговоры с министром иностранных дел Китая Ван "
        "Лином.\n\n"
    )

    def test_a_post(self):
        text = self.HEAD + "Петер Шандор написал в соцсетях, что речь идет о тысячах рабочих мест.\n"
        self.assertEqual(quotes(text), [("Петер Шандор", "речь идет о тысячах рабочих мест")])

    def test_a_letter(self):
        text = self.HEAD + "Петер Шандор написал письмо китайскому коллеге.\n"
        self.assertEqual(quotes(text), [])


class PlaceBeforeNameTests(SimpleTestCase):
    """A region or a town right before a first name and a surname is not the first word of the name."""

    def test_a_region_after_the_governors_title(self):
        text = (
            " date 2025-04-10 Губернатор Притуманья Степан Круглов провел переговоры с Премьер-министром Монголии "
            "Батсайханы Ганбаатаром, который посетил регион в рамках визита в Россию.\n\n"
            "«Монголия остается нашим давним партнером», — сказал Степан Круглов.\n"
        )
        self.assertEqual(people(text).get("Степан Круглов"), "RU")
        self.assertEqual(quotes(text), [("Степан Круглов", "Монголия остается нашим давним партнером")])

    def test_a_town_after_a_preposition(self):
        text = (
            " date 2025-04-10 Министр просвещения России Павел Лыков посетил Таджикистан.\n\n"
            "В Курганташе Павел Лыков и министр образования Таджикистана Фарход Саидзода открыли школу.\n\n"
            "«Школа станет центром русского языка в регионе», — сказал Павел Лыков.\n"
        )
        self.assertEqual(quotes(text), [("Павел Лыков", "Школа станет центром русского языка в регионе")])

    def test_a_double_first_name_and_a_surname_first_stay_whole(self):
        text = (
            " date 2025-04-10 Министр иностранных дел Кубы Хосе Луис Перейра провел переговоры с президентом "
            "Анголы.\n\n«Мы благодарны Анголе», — сказал Хосе Луис Перейра.\n"
        )
        self.assertEqual(people(text), {"Хосе Луис Перейра": "CU"})
        text = (
            " date 2025-04-10 Министр иностранных дел Кубы Лыков Павел Сергеевич провел переговоры с министром "
            "иностранных дел Анголы Жоао Мануэлом.\n\n«Мы благодарны Анголе», — сказал Павел Лыков.\n"
        )
        self.assertEqual(quotes(text), [("Павел Лыков", "Мы благодарны Анголе")])


class DocumentAsSubjectTests(SimpleTestCase):
    """A kind word followed by what the sentence says about the document (its term, who has seen it, a visit's
    schedule) names no document; a title after the kind word still does."""

    HEAD = " date 2025-03-02 Президент Кубы Мигель Ортис провел переговоры с Президентом Беларуси Андреем Котовым.\n\n"

    def test_a_term_after_a_short_participle(self):
        text = self.HEAD + (
            "Стороны подписали Соглашение о сотрудничестве в области здравоохранения. Соглашение рассчитано на три "
            "года и предусматривает обмен врачами.\n"
        )
        self.assertEqual(agreements(text), [("Соглашение о сотрудничестве в области здравоохранения", "health")])

    def test_a_negative_pronoun(self):
        text = (
            " date 2025-03-02 Котов слетал в Гавану. Что подписали и почему тексты соглашений никто не видел\n\n"
            "Президент Кубы Мигель Ортис провел переговоры с Президентом Беларуси Андреем Котовым.\n"
        )
        self.assertEqual(agreements(text), [])

    def test_the_programme_of_an_official_visit(self):
        text = self.HEAD + (
            "Стороны подписали Меморандум о сотрудничестве в области образования.\n\n"
            "Программа официального визита Президента Беларуси включает также встречи с Председателем Парламента.\n"
        )
        self.assertEqual(agreements(text), [("Меморандум о сотрудничестве в области образования", "education")])

    def test_a_programme_of_cooperation_is_a_document(self):
        text = self.HEAD + "Стороны утвердили Программу сотрудничества в области культуры на 2025–2027 годы.\n"
        self.assertEqual(
            agreements(text), [("Программа сотрудничества в области культуры на 2025–2027 годы", "culture")]
        )


class VietnameseSyllableTests(SimpleTestCase):
    """A capitalised "Во" or "До" inside a sentence, before two short syllables, opens a Vietnamese name."""

    HEAD = " date 2024-01-18 Премьер-министр России Олег Саврасов прибыл в Ханой.\n\n"

    def test_a_preposition_as_the_first_syllable(self):
        text = self.HEAD + (
            "Во вторник господин Саврасов провел переговоры со своим вьетнамским коллегой Во Динь Хоангом. "
            "Господин Во Динь Хоанг назвал Россию «надежным другом».\n"
        )
        self.assertEqual(people(text).get("Во Динь Хоанг"), "VN")
        self.assertEqual(quotes(text), [("Во Динь Хоанг", "надежным другом")])

    def test_the_preposition_that_opens_a_sentence(self):
        text = self.HEAD + "Во Дворце Ба Динь Олег Саврасов провел переговоры с Премьер-министром Вьетнама.\n"
        self.assertFalse([name for name in people(text) if name.startswith("Во ")])


class SessionSummaryTests(SimpleTestCase):
    """A forum session's summary signs each quote with the speaker's name and office after a dash, no verb."""

    TEXT = (
        " date 2025-09-04 Россия и Монголия: новые проекты\n\nКлючевые выводы\n\n"
        "«Товарооборот вырос на треть. Это хороший результат», – Павел Лыков, Министр экономики Российской "
        "Федерации.\n\n"
        "«Мы приехали не только как гости форума», – Батсайханы Ганбаатар, Президент Монголии.\n\n"
        "«Цены на уголь еще вырастут», – Олег Дымов, аналитик компании «Финсервис».\n\n"
        "Справка\n\nПрезидент Монголии Батсайханы Ганбаатар находится в России с официальным визитом.\n"
    )

    def test_name_and_office_sign_the_words(self):
        self.assertEqual(
            quotes(self.TEXT),
            [
                ("Павел Лыков", "Товарооборот вырос на треть. Это хороший результат"),
                ("Батсайханы Ганбаатар", "Мы приехали не только как гости форума"),
            ],
        )

    def test_an_analyst_signed_so_is_no_participant(self):
        self.assertNotIn("Олег Дымов", people(self.TEXT))


class DashInsideWordsTests(SimpleTestCase):
    """A dash inside the words, before a name and more sentences, is not the attribution's: the last dash with a
    verb of speech is."""

    HEAD = (
        " date 2025-05-12 Президент Казахстана Нурлан Абенов провел переговоры с Президентом Египта Аделем Фаузи.\n\n"
    )

    def test_a_name_after_an_inner_dash(self):
        text = self.HEAD + (
            "– Наши народы связывает история. На этой земле жил великий поэт – мудрец Ахмед, чьи стихи помнят "
            "в обеих странах. Уверен, что визит даст новый импульс, – сказал Нурлан Абенов.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Нурлан Абенов",
                    "Наши народы связывает история. На этой земле жил великий поэт – мудрец Ахмед, чьи стихи помнят "
                    "в обеих странах. Уверен, что визит даст новый импульс",
                )
            ],
        )

    def test_a_split_attribution_still_splits(self):
        text = self.HEAD + "– Мы договорились о коридоре, – сказал Нурлан Абенов. – Он откроется в будущем году.\n"
        self.assertEqual(
            quotes(text),
            [("Нурлан Абенов", "Мы договорились о коридоре"), ("Нурлан Абенов", "Он откроется в будущем году.")],
        )


class CountryAsFirstNameTests(SimpleTestCase):
    """A country's name in the nominative before a word the story titles alone elsewhere is a first name."""

    def test_a_woman_named_like_a_country(self):
        text = (
            " date 2025-02-10 Президент Республики Молдова Индия Рошкан провела встречу с Президентом Латвии "
            "Андрисом Калниньшем.\n\nПрезидент Рошкан отметила, что Молдова ускорит реформы.\n"
        )
        self.assertEqual(people(text).get("Индия Рошкан"), "MD")
        self.assertEqual(quotes(text), [("Индия Рошкан", "Молдова ускорит реформы")])

    def test_a_country_before_a_full_name_stays_a_country(self):
        text = (
            " date 2025-02-10 Президент Индонезии Хендра Пурномо посетил Баку.\n\n"
            "Делегацию возглавил Президент Индонезия Хендра Пурномо.\n\n"
            "Президент Пурномо отметил, что Индонезия готова к поставкам.\n"
        )
        self.assertEqual(people(text), {"Хендра Пурномо": "ID"})


class ExpressedThanksTests(SimpleTestCase):
    """ "выразил признательность X за Y" reports whom and what for; thanks for the welcome are protocol."""

    HEAD = (
        " date 2025-02-10 Министр иностранных дел Кении Джозеф Омолло провел переговоры с Министром иностранных "
        "дел Кыргызстана Азаматом Бекешевым.\n\n"
    )

    def test_thanks_for_a_deed(self):
        text = self.HEAD + (
            "Азамат Бекешев выразил признательность кенийской стороне за поддержку кандидатуры Кыргызстана в "
            "Совет ООН по правам человека.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Азамат Бекешев",
                    "кенийской стороне за поддержку кандидатуры Кыргызстана в Совет ООН по правам человека",
                )
            ],
        )

    def test_thanks_for_the_welcome(self):
        text = self.HEAD + "Джозеф Омолло выразил признательность за теплый прием и гостеприимство.\n"
        self.assertEqual(quotes(text), [])


class HopeForTests(SimpleTestCase):
    """ "выразил надежду на X" reports X, what is hoped for; "выразил надежду, что" reports the clause."""

    HEAD = (
        " date 2025-02-10 Министр иностранных дел Кении Джозеф Омолло провел переговоры с Министром иностранных "
        "дел Кыргызстана Азаматом Бекешевым.\n\n"
    )

    def test_hope_for_a_thing(self):
        text = self.HEAD + "Джозеф Омолло выразил надежду на скорое открытие прямого авиарейса между столицами.\n"
        self.assertEqual(quotes(text), [("Джозеф Омолло", "скорое открытие прямого авиарейса между столицами")])

    def test_confidence_in_that_clause(self):
        text = self.HEAD + "Джозеф Омолло выразил уверенность в том, что рейс откроется весной.\n"
        self.assertEqual(quotes(text), [("Джозеф Омолло", "рейс откроется весной")])


class TatarstanAbbreviationTests(SimpleTestCase):
    """ "РТ" is Tatarstan in a story about Tatarstan that never names Tajikistan, Tajikistan otherwise."""

    def test_the_head_of_tatarstan(self):
        text = (
            " date 2025-06-05 Казань, 5 июня. Президент Республики Гана Кофи Асанте, находящийся в России с "
            "официальным визитом, посетил Татарстан. Гостя встречал Раис РТ Марат Ильясов.\n\n"
            "«Татарстан готов поставлять в Гану технику», – сказал Марат Ильясов.\n"
        )
        self.assertEqual(people(text).get("Марат Ильясов"), "RU")

    def test_the_republic_of_tajikistan(self):
        text = (
            " date 2025-06-05 Душанбе, 5 июня. Министр иностранных дел РТ Фарход Саидзода провел переговоры с "
            "министром иностранных дел Ганы Кофи Асанте.\n\n"
            "«Таджикистан открыт для ганских компаний», – сказал Фарход Саидзода.\n"
        )
        self.assertEqual(people(text).get("Фарход Саидзода"), "TJ")


class BuildingNameTests(SimpleTestCase):
    """A name after a building's or a street's kind word is the place's, not a participant's."""

    def test_a_mosque_and_an_avenue(self):
        text = (
            " date 2025-06-05 Президент Республики Гана Кофи Асанте посетил Казань. Гости осмотрели мечеть Нур "
            "Ислам и прошли по проспекту Тукая Габдуллы.\n\n"
            "Затем Кофи Асанте провел переговоры с Премьер-министром России Олегом Саврасовым.\n"
        )
        self.assertEqual(people(text), {"Кофи Асанте": "GH", "Олег Саврасов": "RU"})


class TeachersSphereTests(SimpleTestCase):
    """Teachers' training and teaching are education."""

    def test_teachers_training(self):
        text = (
            " date 2025-03-02 Министр просвещения России Павел Лыков провел переговоры с Министром образования "
            "Таджикистана Фарходом Саидзодой.\n\nСтороны подписали Меморандум о повышении квалификации "
            "педагогических работников школ с обучением на русском языке.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["education"])

    def test_a_medical_training_stays_health(self):
        text = (
            " date 2025-03-02 Министр здравоохранения России Павел Лыков провел переговоры с Министром "
            "здравоохранения Таджикистана Фарходом Саидзодой.\n\nСтороны подписали Соглашение о сотрудничестве "
            "в области здравоохранения и медицинского обучения.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["health"])


class TitleBeforeNextActTests(SimpleTestCase):
    """A title ends where "и" and the signers' next verb begin; "и" before a noun goes on with the title."""

    HEAD = (
        " date 2025-05-18 Министр иностранных дел Малайзии Азиз Рахман провел переговоры с Министром иностранных "
        "дел России Олегом Гусевым.\n\n"
    )

    def test_the_next_act(self):
        text = self.HEAD + (
            "Министры подписали План консультаций между министерствами иностранных дел на 2025–2027 годы и "
            "обсудили подготовку заседания комиссии по торгово-экономическому сотрудничеству.\n"
        )
        self.assertEqual(
            agreements(text),
            [("План консультаций между министерствами иностранных дел на 2025–2027 годы", "political")],
        )

    def test_a_second_field(self):
        text = self.HEAD + "Министры подписали Соглашение о сотрудничестве в области торговли и логистики.\n"
        self.assertEqual(agreements(text), [("Соглашение о сотрудничестве в области торговли и логистики", "trade")])


class TitleBeforeAsideTests(SimpleTestCase):
    """A title ends before ", и это ..." (a clause about the document) and before "и," that opens an aside."""

    HEAD = (
        " date 2025-05-18 Президент Сербии Милан Петрович провел переговоры с Президентом Азербайджана Эльдаром "
        "Гасановым.\n\n"
    )

    def test_a_clause_about_the_document(self):
        text = self.HEAD + (
            "«Мы подписали Декларацию о союзнических отношениях, и это очень важный документ», — сказал Гасанов.\n"
        )
        self.assertEqual(agreements(text), [("Декларация о союзнических отношениях", "political")])

    def test_an_aside_before_a_count(self):
        text = self.HEAD + (
            "Лидеры подписали Совместное заявление о стратегическом партнерстве и, по данным пресс-службы, еще "
            "девять документов.\n"
        )
        self.assertEqual(agreements(text), [("Совместное заявление о стратегическом партнерстве", "political")])


class StudiedFieldSphereTests(SimpleTestCase):
    """What a study is of names the field; satellites are space."""

    HEAD = (
        " date 2025-05-18 Президент Бразилии Паулу Сантана провел переговоры с Председателем КНР Ван Цзяньго.\n\n"
        "Стороны подписали 20 документов. Среди них:\n\n"
    )

    def test_a_study_of_a_railway_and_a_satellite(self):
        text = self.HEAD + (
            "▪️ меморандум по исследованию трассы скоростной железной дороги до атлантического порта\n"
            "▪️ меморандум о запуске двух спутников связи\n"
            "▪️ меморандум о совместных исследованиях\n\nПолный список пока не опубликован.\n"
        )
        self.assertEqual([s for _, s in agreements(text)], ["transport", "space", "science"])


class InstitutionPresidentTests(SimpleTestCase):
    """ "Президент" of an institute or a chamber is its head, an official; its abbreviation in brackets may stand
    between the title and the name."""

    def test_an_institutes_president(self):
        text = (
            " date 2025-04-02 Министр спорта Беларуси Андрей Лисовский провел встречу с Президентом Национального "
            "института физической культуры Республики Куба (ИНФИК) Карлосом Мартинесом.\n"
        )
        found = {p.name: (p.country, p.role) for p in suggest_package(text).participants}
        self.assertEqual(found.get("Карлос Мартинес"), ("CU", "official"))

    def test_a_states_president(self):
        text = (
            " date 2025-04-02 Министр спорта Беларуси Андрей Лисовский провел встречу с Президентом Республики Куба "
            "Карлосом Мартинесом.\n"
        )
        found = {p.name: (p.country, p.role) for p in suggest_package(text).participants}
        self.assertEqual(found.get("Карлос Мартинес"), ("CU", "head_of_state"))


class PlaceAsFirstSurnameTests(SimpleTestCase):
    """A word known as a place, second of three names right after a title, is the first of two surnames."""

    def test_two_spanish_surnames(self):
        text = (
            " date 2025-04-02 Министр внешней торговли Кубы Абелардо Кордова Фуэнтес провел переговоры с министром "
            "иностранных дел Анголы Жоао Мануэлом.\n\n"
            "Абелардо Кордова Фуэнтес сообщил, что комиссия соберется весной.\n"
        )
        self.assertEqual(quotes(text), [("Абелардо Кордова Фуэнтес", "комиссия соберется весной")])

    def test_a_city_after_a_name_and_before_a_word(self):
        text = (
            " date 2025-04-02 Министр внешней торговли Кубы Рамон Ривас провел переговоры в Луанде.\n\n"
            "Рамон Ривас сообщил, что комиссия соберется весной.\n"
        )
        self.assertEqual(people(text), {"Рамон Ривас": "CU"})


class RectorTests(SimpleTestCase):
    """A university's rector or vice-rector who receives the guest is an official taking part."""

    def test_a_rector_and_his_words(self):
        text = (
            " date 2025-05-18 Министр иностранных дел Малайзии Азиз Рахман в ходе визита в Россию посетил Казань.\n\n"
            "В университете гостя встретил ректор университета Ильдар Хасанов.\n\n"
            "«Мы рады принимать министра из Малайзии», — подчеркнул ректор.\n"
        )
        self.assertEqual(people(text).get("Ильдар Хасанов"), "RU")
        self.assertEqual(quotes(text), [("Ильдар Хасанов", "Мы рады принимать министра из Малайзии")])


class AdjectivalSurnameTests(SimpleTestCase):
    """A surname declined as an adjective after a first name ("Павлом Ржевским") is the name's, in the nominative."""

    def test_a_mans_and_a_womans(self):
        text = (
            " date 2025-05-18 Министр иностранных дел Малайзии Азиз Рахман провел переговоры с министром "
            "иностранных дел Российской Федерации Павлом Ржевским и встретился с вице-премьером России Анной "
            "Залесской.\n"
        )
        names = people(text)
        self.assertEqual(names.get("Павел Ржевский"), "RU")
        self.assertIn("Анна Залесская", names)


class RegionalGovernmentTests(SimpleTestCase):
    """ "Правительства Иркутской области": a Russian region's government; its chairman and deputies are Russian
    officials, not the state's head of government."""

    def test_a_regions_deputy_chairwoman(self):
        text = (
            " date 2025-07-10 Губернатор Томской области Степан Круглов провел переговоры с Премьер-министром "
            "Монголии Батсайханы Ганбаатаром.\n\nВо встрече также приняли участие Председатель Правительства "
            "Томской области Игорь Зуев и заместитель Председателя Правительства Томской области Ольга Рябова.\n"
        )
        found = {p.name: (p.country, p.role) for p in suggest_package(text).participants}
        self.assertEqual(found.get("Ольга Рябова"), ("RU", "official"))
        self.assertEqual(found.get("Игорь Зуев"), ("RU", "official"))

    def test_the_states_government(self):
        text = (
            " date 2025-07-10 Председатель Правительства Монголии Батсайханы Ганбаатар провел переговоры с "
            "Губернатором Томской области Степаном Кругловым.\n"
        )
        found = {p.name: (p.country, p.role) for p in suggest_package(text).participants}
        self.assertEqual(found.get("Батсайханы Ганбаатар"), ("MN", "head_of_government"))


class CityOfficialTests(SimpleTestCase):
    """An official of a capital named after the title ("Председатель города Душанбе") is of the city's country."""

    def test_the_chairman_of_a_capital(self):
        text = (
            " date 2025-06-12 Президент Ирана Аббас Карими завершил государственный визит в Таджикистан.\n\n"
            "В аэропорту высокого гостя проводил Председатель города Душанбе Рустам Шарипзода.\n"
        )
        found = {p.name: (p.country, p.role) for p in suggest_package(text).participants}
        self.assertEqual(found.get("Рустам Шарипзода"), ("TJ", "official"))


class MarkedStatementTests(SimpleTestCase):
    """A statement under its heading, in marks that open with the address and close paragraphs later, is one
    quote: the content inside the marks, the address included."""

    TEXT = (
        " date 2024-03-14 Переговоры премьер-министров Армении и Греции\n\n"
        "Премьер-министр Армении Арам Саркисян провел переговоры с Премьер-министром Греции Янисом Пападакисом.\n\n"
        "Заявление Премьер-министра Арама Саркисяна\n\n"
        "«Уважаемый господин Премьер-министр,\n"
        "Дамы и господа,\n\n"
        "Сегодня мы обсудили энергетику и транспорт.\n\n"
        "Мы договорились открыть прямой авиарейс между Ереваном и Афинами.\n\n"
        "Спасибо».\n\n"
        "В тот же день Премьер-министр Греции посетил Матенадаран.\n"
    )

    def test_one_quote_inside_the_marks(self):
        self.assertEqual(
            quotes(self.TEXT),
            [
                (
                    "Арам Саркисян",
                    "Уважаемый господин Премьер-министр,\nДамы и господа,\n\nСегодня мы обсудили энергетику и "
                    "транспорт.\n\nМы договорились открыть прямой авиарейс между Ереваном и Афинами.\n\nСпасибо",
                )
            ],
        )


class LabelToWhomTests(SimpleTestCase):
    """A post's label "X — Y (dative) ...:" names the speaker before the dash and the addressee after it."""

    TEXT = (
        " date 2025-10-21 Президент Бразилии Паулу Нунес прилетел в Пекин на переговоры с Председателем КНР Ли "
        "Вэймином.\n\n"
        "Ли Вэймин — Нунесу в начале переговоров:\n\n"
        "«Наши страны — крупнейшие экономики Юга. Мы давние друзья»\n\n"
        "Нунес в ответ:\n\n"
        "«Бразилия выбирает развитие»\n"
    )

    def test_the_speaker_before_the_dash(self):
        self.assertEqual(
            quotes(self.TEXT),
            [
                ("Ли Вэймин", "Наши страны — крупнейшие экономики Юга. Мы давние друзья"),
                ("Паулу Нунес", "Бразилия выбирает развитие"),
            ],
        )


class ToragaAloneTests(SimpleTestCase):
    """ "Торага" alone, or "Торага ЖК", is the speaker of Kyrgyzstan's parliament."""

    HEAD = (
        " date 2024-11-12 Торага Жогорку Кенеша Кыргызской Республики Бакыт Осмоналиев встретился с Министром "
        "иностранных дел Японии Кэндзи Ямадой.\n\n"
    )

    def test_the_title_alone_names_him(self):
        text = self.HEAD + (
            "Торага ЖК отметил, что в Японии учатся более двух тысяч студентов из Кыргызстана. Кроме того, Торага "
            "проинформировал, что парламент ратифицировал соглашение о займе.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Бакыт Осмоналиев", "в Японии учатся более двух тысяч студентов из Кыргызстана"),
                ("Бакыт Осмоналиев", "парламент ратифицировал соглашение о займе"),
            ],
        )


class ChamberOfRepresentativesTests(SimpleTestCase):
    """ "Председатель Палаты представителей" is one person's title, though "представители" speak jointly."""

    def test_the_chambers_chairman_speaks(self):
        text = (
            " date 2025-10-06 Председатель Палаты представителей Национального собрания Республики Беларусь "
            "Игорь Лапицкий встретился с Министром иностранных дел Зимбабве Джеймсом Мойо.\n\n"
            "Приветствуя гостя, Председатель Палаты представителей отметил, что отношения вышли на новый уровень.\n"
        )
        self.assertEqual(quotes(text), [("Игорь Лапицкий", "отношения вышли на новый уровень")])

    def test_representatives_still_speak_jointly(self):
        text = (
            " date 2025-10-06 Председатель Палаты представителей Национального собрания Республики Беларусь "
            "Игорь Лапицкий встретился с Министром иностранных дел Зимбабве Джеймсом Мойо.\n\n"
            "Представители бизнеса отметили, что спрос на технику растет.\n"
        )
        self.assertEqual(quotes(text), [])


class OpeningGerundTests(SimpleTestCase):
    """ "Подчеркнув, что A, Президент X отметил ..." reports A for X; with no one named after it, nothing."""

    HEAD = (
        " date 2025-03-02 Президент Туркменистана Сапар Аманов провел переговоры с Премьер-министром Малайзии "
        "Анваром Рашидом.\n\n"
    )

    def test_the_subject_after_the_clause(self):
        text = self.HEAD + (
            "Подчеркнув, что Малайзия является надежным партнером в регионе, Президент Сапар Аманов отметил, что "
            "отношения успешно развиваются.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Сапар Аманов", "Малайзия является надежным партнером в регионе"),
                ("Сапар Аманов", "отношения успешно развиваются"),
            ],
        )

    def test_the_sides_after_the_clause(self):
        text = self.HEAD + "Подчеркнув, что торговля растет, стороны договорились о новой встрече.\n"
        self.assertEqual(quotes(text), [])


class EditorialNoteTests(SimpleTestCase):
    """The outlet's note under an interview ("Полную версию интервью слушайте ...") is not the last speaker's."""

    TEXT = (
        " date 2023-10-18 Министр сельского хозяйства России Олег Бурцев посетил Алжир.\n\n"
        "ВЕДУЩИЙ: Что подписали?\n\n"
        "БУРЦЕВ: Два документа, по семеноводству и по ветеринарии.\n\n"
        "ВЕДУЩИЙ: Спасибо.\n\n"
        "БУРЦЕВ: Спасибо вам.\n\n"
        "Полную версию разговора смотрите на нашем сайте.\n"
    )

    def test_the_note_is_dropped(self):
        said = [t for _, t in quotes(self.TEXT)]
        self.assertIn("Два документа, по семеноводству и по ветеринарии.", said)
        self.assertFalse([t for t in said if "Полную версию" in t])


class OutletInAttributionTests(SimpleTestCase):
    """ "«...»,— говорит собеседник “Ъ” в банке. По его словам, ...": an unnamed source, whose words go on after
    "По его словам"; the last participant is not the one meant."""

    def test_the_unnamed_source_goes_on(self):
        text = (
            " date 2024-01-18 Премьер-министр России Олег Саврасов провел переговоры с Премьер-министром Вьетнама "
            "Ле Ван Тамом.\n\n"
            "Господин Ле Ван Там назвал Россию «важным партнером».\n\n"
            "«Банки готовы работать, но точечно»,— говорит собеседник “Ъ” в одном из российских банков. По его "
            "словам, крупные банки не спешат с рублевыми счетами.\n"
        )
        self.assertEqual(quotes(text), [("Ле Ван Там", "важным партнером")])


class MinistryShortNameTests(SimpleTestCase):
    """ "глава МЧС Азербайджана", "глава Минэнерго": a minister named by the ministry's short name."""

    def test_the_head_of_an_emergencies_ministry(self):
        text = (
            " date 2025-04-10 Министр по чрезвычайным ситуациям Азербайджана Эльнур Гусейнов провел переговоры с "
            "Министром по чрезвычайным ситуациям Казахстана Айдосом Бекетовым.\n\n"
            "«Мы ценим опыт казахстанских спасателей», – отметил глава МЧС Азербайджана.\n"
        )
        self.assertEqual(quotes(text), [("Эльнур Гусейнов", "Мы ценим опыт казахстанских спасателей")])

    def test_the_head_of_a_city_council_is_no_minister(self):
        text = (
            " date 2025-04-10 Министр по чрезвычайным ситуациям Азербайджана Эльнур Гусейнов посетил Минск.\n\n"
            "«Мы рады гостям», – отметил глава Минского горисполкома.\n"
        )
        self.assertEqual(quotes(text), [])


class PairedDashTests(SimpleTestCase):
    """A dash after a comma that closes an earlier dash's aside goes on with the words; a lone "— однако" after
    the clause is the story's aside."""

    HEAD = (
        " date 2025-06-05 Президент Зимбабве Тендай Муронзи посетил Татарстан, где провел переговоры с Раисом "
        "Республики Татарстан Маратом Ильясовым.\n\n"
    )

    def test_the_closing_dash_of_a_pair(self):
        text = self.HEAD + (
            "По словам Марата Ильясова, товарооборот с Зимбабве пока невелик – в прошлом году он составил 5 млн "
            "долларов, – однако потенциал для роста велик.\n"
        )
        self.assertEqual(
            [t for _, t in quotes(text)],
            [
                "товарооборот с Зимбабве пока невелик – в прошлом году он составил 5 млн долларов, – однако "
                "потенциал для роста велик"
            ],
        )

    def test_a_lone_aside(self):
        text = self.HEAD + (
            "По словам Марата Ильясова, товарооборот с Зимбабве будет расти — однако сроки пока не названы.\n"
        )
        self.assertEqual([t for _, t in quotes(text)], ["товарооборот с Зимбабве будет расти"])


class PlaceOrNameBeforeNameTests(SimpleTestCase):
    """A country the lexicon lacks, between a title and a name, is not the name's first word; a name side by side
    with another ("В сопровождении X Y обошел") is two people."""

    def test_a_country_the_lexicon_lacks_before_a_name(self):
        text = (
            " date 2025-03-11 Министр сельского хозяйства Беларуси Олег Кравцов встретился с министром экономики "
            "Гватемалы Хосе Луисом Мендесом.\n\n"
            "Хосе Луис Мендес отметил, что Гватемала заинтересована в поставках белорусской техники.\n"
        )
        self.assertIn("Хосе Луис Мендес", people(text))
        self.assertEqual(
            quotes(text), [("Хосе Луис Мендес", "Гватемала заинтересована в поставках белорусской техники")]
        )

    def test_a_first_name_the_dictionary_knows_stays(self):
        text = (
            " date 2025-03-11 Министр экономики Беларуси Олег Кравцов встретился с министром экономики Республики "
            "Панама Хосе Рамоном Сальсидо.\n\n"
            "Хосе Рамон Сальсидо сказал, что Панама готова открыть рынок для белорусских грузовиков.\n"
        )
        self.assertIn("Хосе Рамон Сальсидо", people(text))

    def test_two_names_side_by_side(self):
        text = (
            " date 2025-09-02 Председатель КНР Лю Вэньшань провел переговоры с президентом Киргизии Айбеком "
            "Токтосуновым.\n\n"
            "В сопровождении Лю Вэньшаня Айбек Токтосунов обошел строй почетного караула.\n\n"
            "Айбек Токтосунов отметил, что Киргизия высоко ценит поддержку Китая.\n"
        )
        self.assertEqual(sorted(people(text)), ["Айбек Токтосунов", "Лю Вэньшань"])
        self.assertEqual(quotes(text), [("Айбек Токтосунов", "Киргизия высоко ценит поддержку Китая")])

    def test_a_three_word_name_no_one_else_shares_stays_whole(self):
        text = (
            " date 2025-09-02 Президент Перу Мануэль Гарсия Ривас провел переговоры с президентом Казахстана "
            "Ерланом Сагындыковым.\n\n"
            "Мануэль Гарсия Ривас отметил, что Перу заинтересовано в казахстанском зерне.\n"
        )
        self.assertIn("Мануэль Гарсия Ривас", people(text))


class HonorificAndCitedOfficeTests(SimpleTestCase):
    """A Malay honorific before a name belongs to no one alone; an outlet citing a leader's press service relays
    the office's words, not the leader's."""

    def test_a_malay_honorific_before_the_name(self):
        text = (
            " date 2025-04-08 Президент Казахстана Ерлан Сагындыков принял премьер-министра Малайзии Дато Сери "
            "Рашида Исмаила.\n\n"
            "«Малайзия видит в Казахстане ворота в Центральную Азию», — сказал Дато Сери Рашид Исмаил.\n"
        )
        found = quotes(text)
        self.assertEqual([t for _, t in found], ["Малайзия видит в Казахстане ворота в Центральную Азию"])
        self.assertTrue(found[0][0].endswith("Рашид Исмаил"))
        self.assertNotIn("Дато", people(text))

    def test_an_outlet_citing_the_press_service(self):
        text = (
            " date 2025-04-08 Президент Казахстана Ерлан Сагындыков принял премьер-министра Малайзии Рашида "
            "Исмаила.\n\n"
            "Как сообщает Kazinform со ссылкой на пресс-службу главы государства, подписаны три меморандума.\n"
        )
        self.assertEqual(quotes(text), [])

    def test_the_leader_named_as_the_source_still_speaks(self):
        text = (
            " date 2025-04-08 Президент Казахстана Ерлан Сагындыков принял премьер-министра Малайзии Рашида "
            "Исмаила.\n\n"
            "Как сообщил Ерлан Сагындыков, стороны подписали три меморандума о сотрудничестве.\n"
        )
        self.assertEqual([s for s, _ in quotes(text)], ["Ерлан Сагындыков"])


class AccordingToNameTests(SimpleTestCase):
    """After "По словам X," come the words relayed, not an apposition: a noun in them ("студентов") does not make
    X a commentator; an apposition in the genitive ("директора компании") still does."""

    HEAD = (
        " date 2025-10-14 Олег Сушкевич провел переговоры с Президентом Ганы Кофи Аддо, который находится в "
        "Беларуси с официальным визитом.\n\n"
        "«Гана для нас — надежный партнер в Западной Африке», – сказал Олег Сушкевич.\n\n"
    )

    def test_the_relayed_words_are_no_apposition(self):
        text = self.HEAD + (
            "По словам Олега Сушкевича, белорусские университеты готовы принять больше студентов из Ганы.\n"
        )
        self.assertIn("Олег Сушкевич", people(text))
        self.assertIn(
            ("Олег Сушкевич", "белорусские университеты готовы принять больше студентов из Ганы"), quotes(text)
        )

    def test_an_apposition_in_the_genitive(self):
        text = self.HEAD.replace("Олег Сушкевич провел", "Президент Беларуси Олег Сушкевич провел") + (
            "По словам Дениса Кравца, генерального директора компании «Агротехмаш», спрос на тракторы растет.\n"
        )
        self.assertNotIn("Денис Кравец", people(text))


class ChamberAbbreviationTests(SimpleTestCase):
    """ "Председатель ГД" is the Duma's speaker, not whichever "председатель" of a committee the story named."""

    TEXT = (
        " date 2025-05-21 Председатель Государственной Думы Степан Ворошилов провел встречу с Президентом Ганы "
        "Кофи Аддо.\n\n"
        "«Россия всегда поддерживала народ Ганы», — сказал Председатель ГД.\n\n"
        "Во встрече принял участие председатель Комитета ГД по международным делам Роман Шубин.\n"
    )

    def test_the_speaker_by_the_chamber_abbreviation(self):
        self.assertEqual(quotes(self.TEXT), [("Степан Ворошилов", "Россия всегда поддерживала народ Ганы")])

    def test_a_committee_chairman_is_no_speaker(self):
        text = self.TEXT.replace("— сказал Председатель ГД", "— сказал председатель комитета")
        self.assertNotIn("Степан Ворошилов", [s for s, _ in quotes(text)])


class GreetingAPersonTests(SimpleTestCase):
    """ "приветствовала главу государства" greets a person; "приветствовала решение" approves of a thing."""

    HEAD = (
        " date 2025-05-21 Председатель Совета Федерации Анна Ветрова провела встречу с Президентом Ганы Кофи Аддо.\n\n"
    )

    def test_greeting_the_head_of_state(self):
        text = self.HEAD + "Анна Ветрова приветствовала главу ганского государства в Совете Федерации.\n"
        self.assertEqual(quotes(text), [])

    def test_welcoming_a_decision(self):
        text = self.HEAD + "Анна Ветрова приветствовала решение открыть посольство Ганы в Москве.\n"
        self.assertEqual(quotes(text), [("Анна Ветрова", "решение открыть посольство Ганы в Москве")])

    def test_a_committee_of_the_chamber_is_russian(self):
        text = self.HEAD + (
            "Во встрече принял участие председатель Комитета СФ по международным делам Игнат Сорокин.\n"
        )
        self.assertEqual(people(text).get("Игнат Сорокин"), "RU")


class ListedPluralByFieldTests(SimpleTestCase):
    """A list's item "меморандумы в сферах A, B и C" is one document a field; a singular item stays whole."""

    HEAD = (
        " date 2025-02-03 Президент Египта Ахмед Саид принял Президента Ганы Кофи Аддо.\n\n"
        "По итогам переговоров подписаны:\n\n"
    )

    def test_a_plural_item_by_field(self):
        text = self.HEAD + (
            "- меморандумы в сферах здравоохранения, туризма и образования;\n\n"
            "- соглашение о сотрудничестве между национальными библиотеками.\n"
        )
        found = {(a.title, a.sphere) for a in suggest_package(text).agreements}
        self.assertTrue(
            {("Меморандум в сфере туризма", "tourism"), ("Меморандум в сфере образования", "education")} <= found
        )
        self.assertEqual(len(found), 4)

    def test_a_singular_item_by_field_stays_whole(self):
        text = self.HEAD + (
            "- меморандум о сотрудничестве в сферах здравоохранения и фармацевтики;\n\n"
            "- соглашение о сотрудничестве между национальными библиотеками.\n"
        )
        self.assertEqual(len(suggest_package(text).agreements), 2)


class RouteInTitleTests(SimpleTestCase):
    """A dash between two names is a route inside a document's title; a dash before a lower-case word, ", это"
    and ", где" end the title."""

    HEAD = (
        " date 2025-06-02 Губернатор Мурманской области Олег Рябинин принял министра транспорта Норвегии "
        "Эрика Ланде.\n\n"
    )

    def test_a_route_between_two_names(self):
        text = self.HEAD + "Подписан меморандум о паромной линии Кандалакша — Вардё, это три рейса в неделю.\n"
        self.assertEqual(
            [(a.title, a.sphere) for a in suggest_package(text).agreements],
            [("Меморандум о паромной линии Кандалакша — Вардё", "transport")],
        )

    def test_a_relative_clause_after_a_place(self):
        text = self.HEAD + (
            "Подписан меморандум об упрощении контроля на переходе Борисоглебск — Стурскуг, где летом "
            "грузовики стоят по пять часов.\n"
        )
        self.assertEqual(
            [a.title for a in suggest_package(text).agreements],
            ["Меморандум об упрощении контроля на переходе Борисоглебск — Стурскуг"],
        )

    def test_a_dash_before_a_remark(self):
        text = self.HEAD + "Подписан меморандум о паромной линии — первый такой документ за десять лет.\n"
        self.assertEqual([a.title for a in suggest_package(text).agreements], ["Меморандум о паромной линии"])


class VisitIsNoVisaTests(SimpleTestCase):
    """ "о визите" is a visit, not a visa: a joint statement on it is political; "об отмене виз" is consular."""

    HEAD = " date 2025-06-02 Президент Ганы Кофи Аддо провел переговоры с Президентом Чили Мануэлем Рохасом.\n\n"

    def test_a_statement_on_the_visit(self):
        text = self.HEAD + "Стороны приняли Совместное заявление о визите.\n"
        self.assertEqual(agreements(text), [("Совместное заявление о визите", "political")])

    def test_an_agreement_on_visas(self):
        text = self.HEAD + "Подписано соглашение о взаимной отмене виз для туристов.\n"
        self.assertEqual([s for _, s in agreements(text)], ["consular"])


class OutcomeListTests(SimpleTestCase):
    """A list opened by the talks' outcome ("Итог — стопка документов:") holds signed documents; documents still
    being worked on ("в работе документы:") are not."""

    HEAD = " date 2025-06-02 Президент Ганы Кофи Аддо провел переговоры с Президентом Чили Мануэлем Рохасом.\n\n"

    def test_the_outcome_listed(self):
        text = self.HEAD + (
            "Переговоры шли четыре часа. Итог — стопка документов:\n\n"
            "● соглашение о воздушном сообщении;\n\n"
            "● меморандум о сотрудничестве в рыболовстве.\n"
        )
        self.assertEqual(len(agreements(text)), 2)

    def test_topics_listed(self):
        text = self.HEAD + (
            "Переговоры шли четыре часа. Итоги обсуждения пока скромные, в работе документы:\n\n"
            "● соглашение о воздушном сообщении;\n\n"
            "● меморандум о сотрудничестве в рыболовстве.\n"
        )
        self.assertEqual(agreements(text), [])


class CommercialDocumentsNamedTests(SimpleTestCase):
    """ "ряд соглашений между компаниями двух стран, в том числе о A и создании B": the class of parties, then two
    documents; a joint venture is an investment."""

    HEAD = " date 2025-06-02 Президент Ганы Кофи Аддо провел переговоры с Президентом Чили Мануэлем Рохасом.\n\n"

    def test_the_documents_after_the_class(self):
        text = self.HEAD + (
            "Кроме того, подписан ряд соглашений между компаниями двух стран, в том числе о поставках чилийской "
            "меди и создании совместного предприятия по выпуску кабеля.\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Соглашение о поставках чилийской меди", "trade"),
                ("Соглашение о создании совместного предприятия по выпуску кабеля", "investment"),
            ],
        )

    def test_one_document_of_two_acts_stays_one(self):
        text = self.HEAD + "Подписано соглашение о строительстве и обслуживании морского порта.\n"
        self.assertEqual(len(agreements(text)), 1)

    def test_the_class_alone_names_none(self):
        text = self.HEAD + "Подписан также ряд соглашений между компаниями двух стран.\n"
        self.assertEqual(agreements(text), [])


class StatementInThePastTests(SimpleTestCase):
    """Under a statement's heading, after a line in person, a line in the past tense that names no one is the
    speech going on; a line that names a participant or a title is the story again."""

    HEAD = (
        " date 2025-06-02 Переговоры президентов Ганы и Чили\n\n"
        "Президент Ганы Кофи Аддо провел переговоры с Президентом Чили Мануэлем Рохасом.\n\n"
        "Заявление для прессы Президента Ганы Кофи Аддо\n\n"
        "Я рад приветствовать в Аккре моего друга.\n\n"
        "Переговоры прошли в открытой и деловой атмосфере.\n\n"
    )

    def test_the_speech_goes_on(self):
        found = [t for _, t in quotes(self.HEAD)]
        self.assertIn("Переговоры прошли в открытой и деловой атмосфере.", found)

    def test_the_story_again(self):
        text = self.HEAD.replace(
            "Переговоры прошли в открытой и деловой атмосфере.",
            "Затем Президент Чили посетил рыбный порт Теме.",
        )
        self.assertNotIn("Затем Президент Чили посетил рыбный порт Теме.", [t for _, t in quotes(text)])


class PressStatementHeadingTests(SimpleTestCase):
    """After a list of signed documents, the heading "Совместное заявление для прессы" opens the statements to the
    press and is no document; a declaration listed as an item stays one."""

    HEAD = (
        " date 2025-06-02 Президент Ганы Кофи Аддо провел переговоры с Президентом Чили Мануэлем Рохасом.\n\n"
        "По итогам переговоров подписаны следующие документы:\n\n"
        "1. Соглашение о воздушном сообщении;\n"
        "2. Меморандум о сотрудничестве в области рыболовства.\n\n"
    )

    def test_the_heading_after_the_list(self):
        text = self.HEAD + "Совместное заявление для прессы\n\nЗатем президенты выступили перед журналистами.\n"
        self.assertEqual(len(agreements(text)), 2)

    def test_a_declaration_listed(self):
        text = self.HEAD.replace("рыболовства.", "рыболовства;\n3. Совместная декларация о партнерстве.")
        self.assertEqual(len(agreements(text)), 3)


class MarksAcrossParagraphsTests(SimpleTestCase):
    """Under "Заявление X:", marks that open on the address line and close paragraphs later hold the whole
    speech; once they close, the next paragraph is the story's."""

    TEXT = (
        " date 2025-06-02 Премьер-министр Ганы Кофи Аддо провел встречу с Премьер-министром Чили Мануэлем "
        "Рохасом.\n\n"
        "Заявление Премьер-министра Ганы Кофи Аддо:\n\n"
        "«Уважаемый господин Премьер-министр!\n\n"
        "Рад приветствовать Вас в Аккре.\n\n"
        "Чили является для Ганы надежным партнером. Мы ценим эту дружбу.\n\n"
        "Спасибо».\n\n"
        "Визит продлится три дня.\n"
    )

    def test_the_speech_inside_the_marks(self):
        said = " ".join(t for _, t in quotes(self.TEXT))
        self.assertIn("Чили является для Ганы надежным партнером.", said)
        self.assertNotIn("Визит продлится", said)


class CompanyHeadsWhoSignTests(SimpleTestCase):
    """Two companies' heads who are the subject of "подписали" take part; a company head who only comments does
    not."""

    HEAD = " date 2025-06-02 Президент Ганы Кофи Аддо прибыл в Москву с официальным визитом.\n\n"

    def test_the_signatories_before_the_verb(self):
        text = self.HEAD + (
            "Генеральный директор компании «Северный порт» Олег Лужин и генеральный директор компании «Гана "
            "Шиппинг» Квеси Менса подписали меморандум о контейнерных перевозках.\n\n"
            "По словам Квеси Менсы, ганская сторона рассчитывает на рост перевозок.\n"
        )
        self.assertIn("Квеси Менса", people(text))
        self.assertIn(("Квеси Менса", "ганская сторона рассчитывает на рост перевозок"), quotes(text))

    def test_a_commenting_executive(self):
        text = self.HEAD + (
            "Генеральный директор компании «Северный порт» Олег Лужин считает, что визит откроет новые рынки.\n"
        )
        self.assertNotIn("Олег Лужин", people(text))


class NamesAfterTheTitlesStateTests(SimpleTestCase):
    """After the state of a title ("Президент Бразилии", "Президент Вьетнама") the name is whole: a Portuguese
    first name the dictionary guesses as a place, or a Vietnamese syllable that reads as a preposition."""

    HEAD = " date 2025-06-02 "

    def test_a_portuguese_first_name_before_a_double_surname(self):
        text = self.HEAD + (
            "Президент Бразилии Фабиу Гомес Сильва прибыл в Москву с визитом. «Мы торгуем со всеми», — сказал "
            "Фабиу Гомес Сильва.\n"
        )
        self.assertIn("Фабиу Гомес Сильва", people(text))
        self.assertEqual(quotes(text), [("Фабиу Гомес Сильва", "Мы торгуем со всеми")])

    def test_the_first_name_keeps_its_ending_before_a_nominative_surname_inside_the_name(self):
        text = self.HEAD + "Президент Бразилии Эдуарду Мендес Рама прибыл в Москву с визитом.\n"
        self.assertIn("Эдуарду Мендес Рама", people(text))

    def test_a_first_name_declined_before_declined_surnames(self):
        text = self.HEAD + "Министр вручил орден Эдуарду Мендесу и поблагодарил его за работу.\n"
        self.assertNotIn("Эдуарду Мендес", people(text))

    def test_a_vietnamese_name_whose_first_syllable_reads_as_a_preposition(self):
        text = self.HEAD + "Президент Вьетнама Во Минь Лам прибыл в Минск. Во Минь Лам сказал, что рад визиту.\n"
        self.assertEqual(people(text), {"Во Минь Лам": "VN"})
        self.assertEqual(quotes(text), [("Во Минь Лам", "рад визиту")])

    def test_the_preposition_opening_a_sentence(self):
        text = self.HEAD + "Президент Вьетнама Нгуен Минь Лам прибыл в Минск. Во Вьетнаме визит назвали важным.\n"
        self.assertEqual(people(text), {"Нгуен Минь Лам": "VN"})


class SigningStillToComeTests(SimpleTestCase):
    """A signing expected, planned or sought ("ожидается подписание", "рассчитывает на заключение", "переговоры о
    заключении") is still to come: its documents are not signed; a signing that took place is."""

    HEAD = " date 2025-06-02 Президент Кении прибыл в Минск с официальным визитом.\n\n"

    def test_an_expected_signing_of_a_package(self):
        text = self.HEAD + (
            "По итогам переговоров ожидается подписание пакета документов, в том числе меморандумов о "
            "сотрудничестве в сферах туризма и спорта.\n"
        )
        self.assertEqual(agreements(text), [])

    def test_contracts_a_side_counts_on(self):
        text = self.HEAD + "Кенийская сторона рассчитывает на заключение контрактов на поставку тракторов.\n"
        self.assertEqual(agreements(text), [])

    def test_talks_on_concluding_an_agreement(self):
        text = self.HEAD + "Лидеры договорились начать переговоры о заключении соглашения о свободной торговле.\n"
        self.assertEqual(agreements(text), [])

    def test_a_signing_that_took_place(self):
        text = self.HEAD + (
            "По итогам переговоров состоялось подписание меморандума о сотрудничестве в сфере туризма.\n"
        )
        self.assertEqual(len(agreements(text)), 1)


class MiddleNameInTheInstrumentalTests(SimpleTestCase):
    """ "с министром Халидом Абу-Зейдом Насером": a middle name declined with the first name and the surname
    is given in the nominative with them."""

    HEAD = " date 2025-06-02 Министр иностранных дел Китая Ли Мин провел переговоры с министром иностранных дел "

    def test_all_three_in_the_instrumental(self):
        text = self.HEAD + "Египта Халидом Абу-Зейдом Насером. Х. Насер, в свою очередь, заявил, что связи крепнут.\n"
        self.assertIn("Халид Абу-Зейд Насер", people(text))

    def test_a_middle_name_in_the_nominative(self):
        text = self.HEAD + "Египта. Халид Абу-Зейд Насер, в свою очередь, заявил, что связи крепнут.\n"
        self.assertIn("Халид Абу-Зейд Насер", people(text))


class WordsAfterAnotherSubjectTests(SimpleTestCase):
    """Words in marks that end a paragraph after a sentence whose subject is someone named are that person's,
    not those of whoever was quoted in the paragraph before; with no one named before them they are."""

    HEAD = (
        " date 2025-06-02 Премьер-министр Индии Радж Кумар Сетхи провел переговоры с президентом Кении Питером "
        "Одхиамбо.\n\n"
        'Премьер-министр Сетхи сказал: "Кения – наш давний партнер в Африке."\n\n'
    )

    def test_the_subject_of_the_sentence_before(self):
        text = self.HEAD + 'Президент Одхиамбо поблагодарил Индию за помощь. "Мы хотим учиться у Индии."\n'
        self.assertIn(("Питер Одхиамбо", "Мы хотим учиться у Индии."), quotes(text))

    def test_no_one_named_before_the_words(self):
        text = self.HEAD + 'Переговоры прошли в Найроби. "Мы хотим торговать больше."\n'
        self.assertIn(("Радж Кумар Сетхи", "Мы хотим торговать больше."), quotes(text))

    def test_a_whole_quoted_paragraph(self):
        text = self.HEAD + '"Мы хотим торговать больше."\n'
        self.assertIn(("Радж Кумар Сетхи", "Мы хотим торговать больше."), quotes(text))


class ListItemRelativeClauseTests(SimpleTestCase):
    """A relative clause after a listed document (", текст которого ...") is the writer's remark, not its title;
    the ministries of internal affairs work on security."""

    HEAD = " date 2025-06-02 Президент Кении прибыл в Минск. Стороны подписали документы:\n"

    def test_the_clause_after_the_item(self):
        text = self.HEAD + (
            "— меморандум о сотрудничестве в сфере туризма;\n"
            "— документ о сотрудничестве министерств внутренних дел, текст которого стороны публиковать не стали.\n"
        )
        self.assertIn(("Документ о сотрудничестве министерств внутренних дел", "security"), agreements(text))

    def test_an_item_without_a_clause(self):
        text = self.HEAD + "— меморандум о сотрудничестве в сфере туризма;\n— программа обменов студентами.\n"
        self.assertEqual(
            agreements(text),
            [
                ("Меморандум о сотрудничестве в сфере туризма", "tourism"),
                ("Программа обменов студентами", "education"),
            ],
        )


class PatronymicNameTests(SimpleTestCase):
    """A name with a patronymic keeps its three words: after a region's name, and with a surname the dictionary
    knows as another word; a surname declined as an adjective is one person in the nominative and its cases."""

    def test_after_a_region(self):
        text = (
            " date 2025-03-03 Самара, 3 марта. На секции форума выступили президент палаты Самарской области "
            "Пётр Сергеевич Громов и представители бизнеса.\n"
            "«Рынок растёт быстрее, чем мы ждали», — отметил Пётр Громов.\n"
        )
        self.assertEqual(quotes(text), [("Пётр Сергеевич Громов", "Рынок растёт быстрее, чем мы ждали")])

    def test_a_province_still_opens_an_east_asian_name(self):
        text = (
            " date 2025-03-03 Сеул, 3 марта. Губернатор провинции Канвон-До Пак Сон Ир принял делегацию.\n"
            "Пак Сон Ир отметил, что провинция готова к новым проектам.\n"
        )
        self.assertIn("Пак Сон Ир", people(text))

    def test_a_surname_after_the_patronymic(self):
        text = (
            " date 2025-03-03 Минск, 3 марта. Состоялась встреча министра спорта Беларуси Олега Игоревича Сомова "
            "с министром спорта Вьетнама Чан Ван Хаем.\n"
            "Открывая встречу, Олег Сомов отметил, что визит проходит в год юбилея соглашения.\n"
        )
        self.assertIn(("Олег Игоревич Сомов", "визит проходит в год юбилея соглашения"), quotes(text))

    def test_an_adjectival_surname_in_the_nominative(self):
        text = (
            " date 2025-03-03 Минск, 3 марта. Состоялась встреча министра культуры Беларуси Павла Андреевича "
            "Луцевского с министром культуры Вьетнама Чан Ван Хаем.\n"
            "Открывая встречу, Павел Луцевский отметил, что визит проходит в год юбилея соглашения.\n"
        )
        self.assertIn(("Павел Андреевич Луцевский", "визит проходит в год юбилея соглашения"), quotes(text))
        self.assertEqual(sum(name.endswith("Луцевский") for name in people(text)), 1)


class OneLetterFamilyNameTests(SimpleTestCase):
    """A one-letter family name opens an East Asian name ("Ю Мин Сок"); a one-letter preposition does not."""

    def test_a_one_letter_family_name(self):
        text = (
            " date 2026-02-24 Ташкент, 24 февраля. По итогам визита президента Республики Корея Ю Мин Сока в "
            "Ташкент стороны подписали пакет документов.\n"
            "Ю Мин Сок отметил, что Сеул рассматривает Узбекистан как важного партнёра.\n"
        )
        self.assertEqual(quotes(text), [("Ю Мин Сок", "Сеул рассматривает Узбекистан как важного партнёра")])

    def test_a_preposition_before_a_name(self):
        text = (
            " date 2026-02-24 Ташкент, 24 февраля. Послом Кореи Ким Мин Соком и заводом в блоке Б Ташкентского "
            "технопарка интересовался министр Узбекистана Бахром Турсунов.\n"
            "Бахром Турсунов отметил, что Сеул — важный партнёр.\n"
        )
        self.assertEqual(people(text), {"Ким Мин Сок": "KR", "Бахром Турсунов": "UZ"})


class TitleAfterCounterpartTests(SimpleTestCase):
    """ "– сказал министр" after a minister's words that name the other side's minister as his counterpart is the
    speaker's; the other minister, once the subject of a sentence of his own, is read as before."""

    HEAD = (
        " date 2025-04-10 Ереван, 10 апреля. Министр иностранных дел Ирана Ахмад Резаи завершил визит в Армению.\n"
        "Глава иранского МИД отметил, что провел переговоры с министром иностранных дел Армении Гором "
        "Саакяном.\n"
    )

    def test_the_speaker_goes_on(self):
        text = self.HEAD + "«Наши беседы прошли в дружеской атмосфере», – сказал министр.\n"
        self.assertIn(("Ахмад Резаи", "Наши беседы прошли в дружеской атмосфере"), quotes(text))

    def test_the_counterpart_as_a_subject(self):
        text = self.HEAD + (
            "Гор Саакян поблагодарил гостя за визит.\n«Наши беседы прошли в дружеской атмосфере», – сказал министр.\n"
        )
        self.assertIn(("Гор Саакян", "Наши беседы прошли в дружеской атмосфере"), quotes(text))


class BothSidesBeforeTitleTests(SimpleTestCase):
    """A title without a state after a sentence that names both sides takes neither of them as its country."""

    def test_both_sides_before_the_title(self):
        text = (
            " date 2026-03-05 Нью-Дели, 5 марта. Индия и Гана подписали меморандумы после переговоров "
            "премьер-министра Арвинда Капура с президентом Ганы Кофи Менсой.\n"
        )
        self.assertEqual(people(text), {"Арвинд Капур": "IN", "Кофи Менса": "GH"})

    def test_one_side_before_the_title(self):
        text = (
            " date 2026-03-05 Аккра, 5 марта. В составе ганской делегации — министр Кофи Менса и советник Ама Оусу.\n"
        )
        self.assertEqual(people(text).get("Кофи Менса"), "GH")


class GenitiveObjectListTests(SimpleTestCase):
    """Documents of a plural kind whose complement ends in a list of objects in the genitive are one an object,
    the words before shared; a list of the parties, or a document in the singular, stays one."""

    def test_a_listed_item(self):
        text = (
            " date 2025-05-05 Ханой, 5 мая. Подписаны документы:\n"
            "• протоколы о допуске на рынок Казахстана вьетнамского риса, кофе и морепродуктов;\n"
            "• меморандум о сотрудничестве в сфере туризма.\n"
        )
        titles = [title for title, _ in agreements(text)]
        self.assertEqual(
            titles,
            [
                "Протокол о допуске на рынок Казахстана вьетнамского риса",
                "Протокол о допуске на рынок Казахстана вьетнамского кофе",
                "Протокол о допуске на рынок Казахстана вьетнамского морепродуктов",
                "Меморандум о сотрудничестве в сфере туризма",
            ],
        )

    def test_in_a_sentence(self):
        text = " date 2025-05-05 Ханой, 5 мая. Стороны подписали соглашения о поставках в Казахстан риса, кофе и чая."
        self.assertEqual(len(agreements(text)), 3)

    def test_a_list_of_parties(self):
        text = (
            " date 2025-05-05 Ханой, 5 мая. Стороны подписали соглашения о сотрудничестве между Казахстаном, "
            "Вьетнамом и Лаосом."
        )
        self.assertEqual(len(agreements(text)), 1)

    def test_one_document(self):
        text = " date 2025-05-05 Ханой, 5 мая. Стороны подписали протокол о поставках в Казахстан риса, кофе и чая."
        self.assertEqual(len(agreements(text)), 1)


class RelayedParagraphTests(SimpleTestCase):
    """An agency's "X отметил, что A. B. C.": the sentences to the paragraph's end are X's words when one gives
    the stance of X's side and none is the story's own."""

    HEAD = (
        " date 2025-09-10 Пекин, 10 сентября. Министр коммерции КНР Лю Вэньхуа встретился с министром иностранных дел "
        "Ганы Кофи Менсой.\n"
    )

    def test_the_paragraph_goes_on(self):
        text = self.HEAD + (
            "Лю Вэньхуа отметил, что Китай и Гана являются давними друзьями. За полвека отношения выдержали "
            "испытание временем. Китайская сторона готова расширять импорт ганского какао.\n"
        )
        self.assertIn(
            (
                "Лю Вэньхуа",
                "Китай и Гана являются давними друзьями. За полвека отношения выдержали испытание временем. "
                "Китайская сторона готова расширять импорт ганского какао",
            ),
            quotes(text),
        )

    def test_the_story_again(self):
        text = self.HEAD + (
            "Лю Вэньхуа отметил, что Китай и Гана являются давними друзьями. Он также поблагодарил гостя. "
            "Китайская сторона готова расширять импорт ганского какао.\n"
        )
        self.assertIn(("Лю Вэньхуа", "Китай и Гана являются давними друзьями"), quotes(text))

    def test_no_stance_of_the_side(self):
        text = self.HEAD + (
            "Лю Вэньхуа отметил, что Китай и Гана являются давними друзьями. За полвека отношения выдержали "
            "испытание временем.\n"
        )
        self.assertIn(("Лю Вэньхуа", "Китай и Гана являются давними друзьями"), quotes(text))


class ShortBodyNameTests(SimpleTestCase):
    """A body's short name ("Кабмин", "Минфин") between a title and a name is the title's, not the name's."""

    def test_the_cabinet_before_a_name(self):
        text = (
            " date 2025-06-01 Бишкек, 1 июня. Председатель Кабмина Алмаз Турдубаев попросил расширить проекты.\n"
            "«Нам нужны кредиты», — сказал Алмаз Турдубаев.\n"
        )
        self.assertIn(("Алмаз Турдубаев", "Нам нужны кредиты"), quotes(text))
        self.assertIn("Алмаз Турдубаев", people(text))


class MoreOfficesTests(SimpleTestCase):
    """A security council's secretary, an agency's chief or commissioner and a coordinating minister hold an office
    of state: named once, they take part."""

    def test_offices_named_once(self):
        text = (
            " date 2025-03-04 Переговоры в Джакарте\n\nДжакарта, 4 марта. Секретарь Совета Безопасности Российской "
            "Федерации И.П.Сомов провёл переговоры с Министром-координатором по вопросам безопасности Республики "
            "Индонезии Б.Праното и начальником Национального агентства по борьбе с терроризмом Республики Индонезии "
            "Д.Виджая.\n"
        )
        self.assertEqual(people(text), {"Сомов": "RU", "Праното": "ID", "Виджая": "ID"})

    def test_a_commissioner(self):
        text = (
            " date 2025-03-04 Спорт\n\nАстана, 4 марта. Министр спорта Казахстана Ерлан Сапаров провел переговоры с "
            "комиссаром Спортивного агентства Японии Кэндзи Танакой.\n"
        )
        self.assertEqual(people(text), {"Ерлан Сапаров": "KZ", "Кэндзи Танака": "JP"})


class PresidentOfABodyTests(SimpleTestCase):
    """The president of a chamber, a company or a federation is no head of state: "заявил президент" is still the
    state's."""

    def test_the_chamber_and_the_state(self):
        text = (
            " date 2025-10-01 Форум в Дели\n\nНью-Дели, 1 октября. Президент Индии Рам Шарма принял делегацию, в "
            "которую вошел президент ТПП Самарской области Олег Сомов.\n"
            "«Мы открыты для партнёров», — заявил президент.\n"
        )
        found = suggest_package(text)
        roles = {p.name: p.role for p in found.participants}
        self.assertEqual(roles["Олег Сомов"], "official")
        self.assertEqual(roles["Рам Шарма"], "head_of_state")
        self.assertEqual(quotes(text), [("Рам Шарма", "Мы открыты для партнёров")])


class ToldTheOutletInterviewTests(SimpleTestCase):
    """ "О визите «Газете» рассказал X" before dashed questions and answers: the answers are X's."""

    def test_told_the_outlet(self):
        text = (
            " date 2025-06-20 Олег Сомов: «Нас слушали внимательно»\n\n"
            "Делегация вернулась из Туниса. О результатах визита «Вечерней газете» рассказал председатель "
            "комитета Государственной Думы Олег Сомов.\n\n"
            "— Олег Петрович, что стало главной целью поездки?\n\n"
            "— Прежде всего продолжить работу, которую мы начали два года назад.\n\n"
            "— С кем удалось встретиться?\n\n"
            "— Программа была плотной, встреч было много.\n"
        )
        self.assertEqual(
            [q for q in quotes(text) if q[1] != "Нас слушали внимательно"],
            [
                ("Олег Сомов", "Прежде всего продолжить работу, которую мы начали два года назад."),
                ("Олег Сомов", "Программа была плотной, встреч было много."),
            ],
        )

    def test_a_story_told_to_an_outlet(self):
        text = (
            " date 2025-06-20 Визит в Тунис\n\n"
            "Делегация вернулась из Туниса. О результатах визита «Вечерней газете» рассказал председатель "
            "комитета Государственной Думы Олег Сомов.\n\n"
            "— Программа была плотной, — отметил он.\n"
        )
        self.assertEqual(quotes(text), [("Олег Сомов", "Программа была плотной")])


class ProvinceNameTests(SimpleTestCase):
    """A word before "аймака", "вилоята", "провинции" is the unit's name, and "акимат" is an office, not an akim:
    neither makes a person."""

    def test_a_province_after_an_akimat(self):
        text = (
            " date 2025-05-05 Встреча в акимате\n\n"
            "Аким области Ерлан Сапаров встретился с делегацией Монголии во главе с министром Батбаяром Ганболдом.\n\n"
            "– Нас объединяет общая история, – отметил аким.\n\n"
            "По итогам встречи подписан меморандум о сотрудничестве между акиматом области и администрацией "
            "Баян-Хотгорского аймака.\n"
        )
        self.assertEqual(people(text), {"Ерлан Сапаров": "KZ", "Батбаяр Ганболд": "MN"})
        self.assertEqual(quotes(text), [("Ерлан Сапаров", "Нас объединяет общая история")])


class LongVisitCueTests(SimpleTestCase):
    """ "визита Президента Итальянской Республики X в Туркменистан": the visit's host told after a long title and a
    name, so "гость" is the visitor."""

    def test_the_guest_after_a_long_title(self):
        text = (
            " date 2024-11-26 Документы подписаны\n\n"
            "Сегодня в продолжение государственного визита Президента Итальянской Республики Марко Бьянки в "
            "Туркменистан состоялась церемония подписания документов. Её провели Президент Туркменистана Сердар "
            "Атаев и его высокий гость.\n\n"
            "Президент Туркменистана отметил, что переговоры прошли открыто.\n\n"
            "Высоко оценив внешнюю политику страны, гость подчеркнул, что Италия ценит вклад Туркменистана в мир.\n"
        )
        self.assertIn(("Марко Бьянки", "Италия ценит вклад Туркменистана в мир"), quotes(text))


class OwnSpeakerByTitleTests(SimpleTestCase):
    """A press service's story whose headline names its own speaker: "Спикер Сената отметил" before anyone spoke
    is him, not the guest of the same title; once the guest spoke, the title is read as before."""

    HEAD = (
        " date 2024-06-18 Нурлан Абенов провел переговоры с Председателем Сената Непала\n\n"
        "Председатель Сената Парламента Республики Казахстан Нурлан Абенов провел переговоры с Председателем "
        "Сената Непала Рамом Тхапой, находящимся в Казахстане с официальным визитом.\n\n"
    )

    def test_the_own_speaker(self):
        text = self.HEAD + "Спикер Сената отметил, что Казахстан и Непал связывает дружба.\n"
        self.assertEqual(quotes(text), [("Нурлан Абенов", "Казахстан и Непал связывает дружба")])

    def test_after_the_guest_spoke(self):
        text = self.HEAD + (
            "Рам Тхапа отметил, что Непал ценит дружбу. Спикер Сената также отметил, что Непал готов к торговле.\n"
        )
        self.assertEqual(quotes(text), [("Рам Тхапа", "Непал ценит дружбу"), ("Рам Тхапа", "Непал готов к торговле")])

    def test_the_plural_of_a_body(self):
        text = self.HEAD + "По итогам переговоров Председатели Сенатов подписали меморандум.\n"
        self.assertFalse([name for name in people(text) if name.startswith("Сенат")])


class StatementHeadingNarrationTests(SimpleTestCase):
    """Under "Заявление Премьер-министра X" a paragraph that tells in the past that he thanked ("поблагодарил") is
    the story's, not his statement; a thanks in his own words is still his."""

    HEAD = " date 2025-03-28 Переговоры в Ереване\n\nЗаявление Премьер-министра Ханса Бергера\n\n"

    def test_the_story_tells_of_the_thanks(self):
        text = self.HEAD + (
            "В своем выступлении Премьер-министр Австрии поблагодарил хозяев за прием. Ханс Бергер отметил, что "
            "Австрия ценит партнерство с Арменией.\n"
        )
        self.assertEqual(quotes(text), [("Ханс Бергер", "Австрия ценит партнерство с Арменией")])

    def test_his_own_thanks(self):
        text = self.HEAD + "Благодарю хозяев за прием. Австрия ценит партнерство с Арменией.\n"
        self.assertEqual(
            quotes(text), [("Ханс Бергер", "Благодарю хозяев за прием. Австрия ценит партнерство с Арменией.")]
        )


class SceneDocumentListTests(SimpleTestCase):
    """A scene's verbless list of documents after its signing ("Церемония подписания — в Белом зале. Меморандум
    по энергетике, программа по туризму.") is signed, one document an item; without a signing it is not."""

    def test_after_a_signing_ceremony(self):
        text = (
            " date 2025-06-18 Визит в Ханой\n\nЦеремония подписания — в Белом зале. Министры выходят к столу по "
            "очереди. Меморандум по энергетике, соглашение о взаимном признании дипломов, программа по туризму.\n"
        )
        self.assertEqual(
            [title for title, _ in agreements(text)],
            ["Меморандум по энергетике", "Соглашение о взаимном признании дипломов", "Программа по туризму"],
        )

    def test_without_a_signing(self):
        text = (
            " date 2025-06-18 Визит в Ханой\n\nМинистры обсуждают планы. Меморандум по энергетике, соглашение о "
            "взаимном признании дипломов, программа по туризму.\n"
        )
        self.assertEqual(agreements(text), [])


class CountedLastItemTests(SimpleTestCase):
    """A list's last item "— а также три межведомственных документа в сфере A, B и C" is one document a field."""

    def test_the_counted_last_item(self):
        text = (
            " date 2026-05-16 Визит\n\nПодписание завершено. Список подписанных документов:\n"
            "— Соглашение о воздушном сообщении;\n"
            "— а также три межведомственных документа в сфере транспорта, таможни и туризма.\n"
        )
        self.assertEqual(
            [title for title, _ in agreements(text)],
            [
                "Соглашение о воздушном сообщении",
                "Документ в сфере транспорта",
                "Документ в сфере таможни",
                "Документ в сфере туризма",
            ],
        )

    def test_one_more_document(self):
        text = (
            " date 2026-05-16 Визит\n\nПодписание завершено. Список подписанных документов:\n"
            "— Соглашение о воздушном сообщении;\n"
            "— а также меморандум о сотрудничестве в сфере туризма.\n"
        )
        self.assertEqual(
            [title for title, _ in agreements(text)],
            ["Соглашение о воздушном сообщении", "Меморандум о сотрудничестве в сфере туризма"],
        )


class TalksHeldInPlaceTests(SimpleTestCase):
    """ "провел в Хабаровске переговоры": the place between the verb and the talks is the host's, so "гость" is the
    visitor."""

    def test_the_guest(self):
        text = (
            " date 2025-09-10 Консул в крае\n\nГенеральный консул Индии во Владивостоке Арун Мехта провел в "
            "Хабаровске переговоры с губернатором края Петром Громовым.\n\n"
            "Гость, в свою очередь, рассказал, что индийские компании следят за развитием коридора.\n"
        )
        self.assertIn(("Арун Мехта", "индийские компании следят за развитием коридора"), quotes(text))


class DiplomatByWordTests(SimpleTestCase):
    """ "По словам дипломата": the story's one ambassador or consul; with two of them, no one."""

    HEAD = (
        " date 2025-09-10 Консул в крае\n\nГенеральный консул Индии во Владивостоке Арун Мехта провел в "
        "Хабаровске переговоры с губернатором края Петром Громовым.\n\n"
    )

    def test_the_one_envoy(self):
        text = self.HEAD + "По словам дипломата, новый маршрут сокращает время доставки грузов.\n"
        self.assertIn(("Арун Мехта", "новый маршрут сокращает время доставки грузов"), quotes(text))

    def test_two_envoys(self):
        text = self.HEAD + (
            "На встрече был и посол Индии в России Викас Рао.\n\n"
            "По словам дипломата, новый маршрут сокращает время доставки грузов.\n"
        )
        self.assertNotIn("новый маршрут сокращает время доставки грузов", [t for _, t in quotes(text)])


class AskedToTests(SimpleTestCase):
    """ "попросил расширить ...": what he asked for, an infinitive, is reported; "попросил слова" names a thing
    and "попросил гостя передать пожелания" asks someone, which is read as before."""

    HEAD = (
        " date 2025-05-05 Встреча\n\nБишкек, 5 мая. Председатель Кабмина Алмаз Турдубаев встретился с премьером "
        "Венгрии Ласло Кишем.\n\n"
    )

    def test_asked_to(self):
        text = self.HEAD + "Алмаз Турдубаев попросил расширить географию проектов на юг.\n"
        self.assertIn(("Алмаз Турдубаев", "расширить географию проектов на юг"), quotes(text))

    def test_asked_for_a_thing(self):
        text = self.HEAD + "Алмаз Турдубаев попросил слова в конце встречи.\n"
        self.assertEqual(quotes(text), [])

    def test_asked_someone(self):
        text = self.HEAD + "Алмаз Турдубаев попросил гостя передать теплые пожелания премьеру.\n"
        self.assertEqual(quotes(text), [])


class GreetedPersonTests(SimpleTestCase):
    """ "приветствовал своего армянского коллегу": a person greeted after two adjectives is no statement;
    "приветствовал решение" still is."""

    HEAD = (
        " date 2025-05-05 Встреча\n\nАфины, 5 мая. Министр обороны Греции Костас Павлидис принял министра обороны "
        "Армении Ваана Саакяна.\n\n"
    )

    def test_a_colleague_greeted(self):
        text = self.HEAD + "Министр Павлидис приветствовал своего армянского коллегу в Афинах.\n"
        self.assertEqual(quotes(text), [])

    def test_a_decision_welcomed(self):
        text = self.HEAD + "Министр Павлидис приветствовал решение о совместных учениях.\n"
        self.assertEqual(quotes(text), [("Костас Павлидис", "решение о совместных учениях")])


class DashInsideSplitQuoteTests(SimpleTestCase):
    """«A – B, – сказал X. – C»: a dash inside the words comes before the attribution's pair of dashes."""

    HEAD = (
        " date 2025-10-10 Визит\n\nМинск, 10 октября. Президент Вьетнама Ле Ван Тхань прибыл в Минск, его встретил "
        "Президент Беларуси Олег Сомов.\n\n"
    )

    def test_a_dash_before_the_attribution(self):
        text = self.HEAD + (
            "«Мы не ищем новых друзей – мы возвращаемся к старым, – сказал Ле Ван Тхань на пресс-подходе. – "
            "Тысячи вьетнамцев учились в Минске».\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Ле Ван Тхань", "Мы не ищем новых друзей – мы возвращаемся к старым"),
                ("Ле Ван Тхань", "Тысячи вьетнамцев учились в Минске"),
            ],
        )

    def test_no_attribution_inside(self):
        text = self.HEAD + "«Мы не ищем новых друзей – мы возвращаемся к старым», – сказал Ле Ван Тхань.\n"
        self.assertEqual(quotes(text), [("Ле Ван Тхань", "Мы не ищем новых друзей – мы возвращаемся к старым")])


class UnnamedTitledColonTests(SimpleTestCase):
    """ "Вице-премьер рассмеялся: «...»" with no vice-premier named: no one, not the one who spoke before; a titled
    subject the story names is still his."""

    HEAD = (
        " date 2025-10-10 Визит\n\nМинск, 10 октября. Президент Вьетнама Ле Ван Тхань прибыл в Минск и спросил у "
        "встречавшего его вице-премьера: «Это у вас уже зима?» "
    )

    def test_an_unnamed_vice_premier(self):
        text = self.HEAD + "Вице-премьер рассмеялся: «Это у нас еще осень».\n"
        self.assertEqual(quotes(text), [("Ле Ван Тхань", "Это у вас уже зима?")])

    def test_the_named_president(self):
        text = self.HEAD + "Президент улыбнулся: «Это у нас еще осень».\n"
        self.assertIn(("Ле Ван Тхань", "Это у нас еще осень"), quotes(text))


class PronounAfterManySentencesTests(SimpleTestCase):
    """ "X поблагодарил ... «A. B», – заявил он": "он" is the subject of the sentence before the marks open, not of
    the first sentence inside them, nor the one who spoke last."""

    HEAD = (
        " date 2026-03-05 Визит\n\nНью-Дели, 5 марта. Индия и Гана подписали меморандумы после переговоров "
        "премьер-министра Арвинда Капура и президента Ганы Дэниела Ойера Обуа.\n\n"
        'Премьер-министр Капур сказал: "Гана – наш давний партнер".\n\n'
    )

    def test_the_subject_before_the_marks(self):
        text = self.HEAD + (
            'Президент Обуа поблагодарил Индию за поддержку. "Индия для нас – надежный партнер. Мы хотим учиться у '
            'Индии", – заявил он.\n'
        )
        speakers = {t: name for name, t in quotes(text)}
        self.assertTrue(speakers["Индия для нас – надежный партнер. Мы хотим учиться у Индии"].startswith("Дэниел"))

    def test_one_sentence_inside(self):
        text = self.HEAD + 'Президент Обуа поблагодарил Индию за поддержку. "Индия – наш партнер", – заявил он.\n'
        speakers = {t: name for name, t in quotes(text)}
        self.assertTrue(speakers["Индия – наш партнер"].startswith("Дэниел"))


class CircumstanceBeforeNameTests(SimpleTestCase):
    """ "— заявил по итогам встречи X", "— сказал журналистам X": the circumstance comes before the name."""

    HEAD = (
        " date 2025-10-08 Визит\n\nТашкент, 8 октября. Премьер-министр России Олег Сомов провел переговоры с "
        "премьер-министром Узбекистана Бахромом Турсуновым.\n\n"
    )

    def test_after_the_meeting(self):
        text = self.HEAD + "«Россия — наш крупнейший партнер», — заявил по итогам встречи Бахром Турсунов.\n"
        self.assertEqual(quotes(text), [("Бахром Турсунов", "Россия — наш крупнейший партнер")])

    def test_to_the_journalists(self):
        text = self.HEAD + "«Мы договорились о рабочей группе», — сказал журналистам Олег Сомов, не уточнив деталей.\n"
        self.assertEqual(quotes(text), [("Олег Сомов", "Мы договорились о рабочей группе")])

    def test_two_names_after(self):
        text = self.HEAD + (
            "«Мы договорились о рабочей группе», — сказал журналистам в присутствии Бахрома Турсунова Олег Сомов.\n"
        )
        self.assertNotIn(("Бахром Турсунов", "Мы договорились о рабочей группе"), quotes(text))


class CentralAsianLettersTests(SimpleTestCase):
    """A name spelt with Kazakh, Kyrgyz or Mongolian letters ("Сүхбат", "Қасымов") is read as any other."""

    def test_a_mongolian_letter(self):
        text = (
            " date 2025-07-01 Визит\n\nУланбатор, 1 июля. Президент Кыргызстана Алмаз Турдубаев встретился с "
            "Премьер-министром Монголии Энхбаатаром Түмэнбаяром.\n"
        )
        self.assertEqual(people(text).get("Энхбаатар Түмэнбаяр"), "MN")


class UnagreeingAdjectiveSurnameTests(SimpleTestCase):
    """A surname the dictionary reads only as an adjective that cannot qualify the first name before it ("Бережной"
    of a man, "Покорны" short) is the surname, kept as the text gives it after the nominative first name."""

    HEAD = " date 2025-09-10 Визит\n\nАНКАРА, 10 сентября. "

    def test_a_feminine_form_after_a_mans_name(self):
        text = self.HEAD + (
            "Министр иностранных дел России Геннадий Бережной прибыл в Анкару. «Мы обсудим торговлю», — сказал "
            "Бережной журналистам.\n"
        )
        self.assertEqual(people(text).get("Геннадий Бережной"), "RU")
        self.assertIn(("Геннадий Бережной", "Мы обсудим торговлю"), quotes(text))

    def test_a_short_form(self):
        text = self.HEAD + (
            "Министр иностранных дел Чехии Ярослав Покорны встретился с коллегой. «Мы друзья», — заявил Покорны.\n"
        )
        self.assertEqual(people(text).get("Ярослав Покорны"), "CZ")

    def test_an_agreeing_adjective_stays_out(self):
        text = self.HEAD + "Министр иностранных дел России Геннадий Петров посетил Новую Анкару.\n"
        self.assertEqual(people(text), {"Геннадий Петров": "RU"})

    def test_a_declined_surname_after_an_oblique_first_name(self):
        text = self.HEAD + "Министр иностранных дел России Геннадий Петров встретился с Тимуром Гурой из Турции.\n"
        self.assertNotIn("Тимур Гурой", people(text))


class UndeclinedMiddleNameTests(SimpleTestCase):
    """A middle name that stays the same while the first name and the surname around it decline ("Эмре Кая
    Йылдыза", "Эмре Кая Йылдыз") does not decline: it is not read as an inflected "Кай"."""

    HEAD = " date 2025-09-10 Визит\n\nАНКАРА, 10 сентября. "

    def test_the_same_middle_name_in_two_cases(self):
        text = self.HEAD + (
            "Министр иностранных дел России Геннадий Петров встретился с турецким коллегой Эмре Кая Йылдызом. "
            "Министр иностранных дел Турции Эмре Кая Йылдыз поблагодарил гостя.\n"
        )
        self.assertEqual(people(text).get("Эмре Кая Йылдыз"), "TR")

    def test_a_middle_name_declined_with_the_rest(self):
        text = self.HEAD + (
            "Министр иностранных дел России Геннадий Петров встретился с турецким коллегой Мехметом Гюрселем "
            "Йылдызом. Министр иностранных дел Турции Мехмет Гюрсель Йылдыз поблагодарил гостя.\n"
        )
        self.assertEqual(people(text).get("Мехмет Гюрсель Йылдыз"), "TR")


class FullNameAgainAsLabelTests(SimpleTestCase):
    """A name the story gave in full ("Чыонг Ван Таем") opening a transcript's label is the same person, its first
    word no sentence opener and its last syllable in -й declined as "Кай" is ("Таем", "Тай")."""

    TEXT = (
        " date 2025-03-04 Переговоры\n\nВстреча Олега Сомова с Премьер-министром Вьетнама Чыонг Ван Таем.\n\n"
        "Из стенограммы:\n\nО.Сомов: Уважаемые коллеги! Рад видеть вас в Москве.\n\n"
        "Чыонг Ван Тай (как переведено): Благодарю за тёплый приём. Мы ценим нашу дружбу.\n"
    )

    def test_the_label_is_the_guest(self):
        self.assertIn(("Чыонг Ван Тай", "Благодарю за тёплый приём. Мы ценим нашу дружбу."), quotes(self.TEXT))

    def test_one_person(self):
        self.assertEqual([n for n in people(self.TEXT) if "Тай" in n], ["Чыонг Ван Тай"])


class SharedClosingMarkTests(SimpleTestCase):
    """A quote ending in a quoted name whose one closing mark closes both ("«... проекта «Южный мост», — сказал X.")
    closes in its paragraph: the next paragraphs are the story's, not more of the quote."""

    HEAD = (
        " date 2025-06-02 Встреча\n\n"
        "Сегодня губернатор Тверской области Олег Сомов принял посла Чили Матиаса Рохаса.\n\n"
    )

    def test_the_quote_closes_with_the_inner_one(self):
        text = self.HEAD + (
            "«Мы рассчитываем на участие чилийских компаний в строительстве «Южного моста», — сказал Олег Сомов.\n\n"
            "Губернатор напомнил, что в регионе строятся новые дороги.\n\n"
            "«Чили открыта для сотрудничества», — заявил Матиас Рохас.\n"
        )
        found = quotes(text)
        self.assertEqual(found[0][0], "Олег Сомов")
        self.assertTrue(found[0][1].startswith("Мы рассчитываем"))
        self.assertNotIn("Губернатор напомнил", " ".join(q for _, q in found))

    def test_marks_that_close_paragraphs_later(self):
        text = self.HEAD + (
            "«Мы рассчитываем на участие чилийских компаний.\n\n"
            "Мост «Южный мост» будет построен в срок», — сказал Олег Сомов.\n"
        )
        self.assertEqual([s for s, _ in quotes(text)], ["Олег Сомов", "Олег Сомов"])


class ParticipleOfAnotherNounTests(SimpleTestCase):
    """ "законов, принятых в рамках соглашений": a participle of adoption after a comma qualifies the word before it
    (laws), so the agreements it names in passing are none signed; after a document's name it still signs."""

    HEAD = " date 2025-03-04 Визит\n\nМосква, 4 марта. "

    def test_laws_adopted_under_agreements(self):
        text = self.HEAD + (
            "Депутат Игорь Лавров предложил изучить практику применения законов, принятых в рамках двусторонних "
            "соглашений, в частности в сфере транспорта и туризма.\n"
        )
        self.assertEqual(agreements(text), [])

    def test_a_document_adopted(self):
        text = self.HEAD + (
            "По итогам заседания стороны обменялись документами. Протокол, принятый по итогам заседания комиссии, "
            "определяет планы на год.\n"
        )
        self.assertTrue(agreements(text))


class StatementToThePressTests(SimpleTestCase):
    """A joint statement made "для представителей средств массовой информации" is words to the press, no document;
    a joint statement signed on a subject is one."""

    HEAD = " date 2025-03-04 Визит\n\nМосква, 4 марта. "

    def test_a_statement_to_the_media(self):
        text = self.HEAD + (
            "После церемонии подписания президенты сделали совместное заявление для представителей средств массовой "
            "информации.\n"
        )
        self.assertEqual(agreements(text), [])

    def test_a_signed_statement(self):
        text = self.HEAD + "Президенты подписали Совместное заявление о стратегическом партнерстве.\n"
        self.assertEqual(len(agreements(text)), 1)


class ProvidedForSigningTests(SimpleTestCase):
    """ "Предусмотрено подписание ...": a signing the programme provides for is still to come."""

    HEAD = " date 2025-03-04 Визит\n\nМосква, 4 марта. "

    def test_a_signing_provided_for(self):
        text = self.HEAD + (
            "«Предусмотрено подписание пакета документов, а также совместного заявления глав государств», — сказал "
            "помощник президента Игорь Лавров.\n"
        )
        self.assertEqual(agreements(text), [])

    def test_a_signing_done(self):
        text = self.HEAD + "Состоялось подписание совместного заявления глав государств о дружбе.\n"
        self.assertEqual(len(agreements(text)), 1)


class AbbreviatedContractKindTests(SimpleTestCase):
    """A contract whose kind a Latin abbreviation names ("EPC-контракт") is a contract."""

    HEAD = " date 2025-03-04 Визит\n\nМосква, 4 марта. "

    def test_an_epc_contract(self):
        text = self.HEAD + "«Северный ветер» и Lumen Works подписали EPC-контракт на строительство ветропарка.\n"
        self.assertEqual(len(agreements(text)), 1)

    def test_a_word_before_a_hyphen_is_no_abbreviation(self):
        text = self.HEAD + "Компании обсудили супер-контракт на строительство ветропарка.\n"
        self.assertEqual(agreements(text), [])


class GerundThenVerbTests(SimpleTestCase):
    """ "X, отметив, что A, подчеркнул, что B": the gerund's clause ends at the sentence's own verb of speech, and
    the clause after that verb is X's too."""

    HEAD = " date 2025-03-04 Визит\n\nМинск, 4 марта. Губернатор Тверской области Олег Сомов принял министра.\n\n"

    def test_two_clauses(self):
        text = self.HEAD + (
            "Губернатор Олег Сомов, отметив, что Беларусь является важным партнером в регионе, подчеркнул, что "
            "стороны готовы расширять торговлю.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Олег Сомов", "Беларусь является важным партнером в регионе"),
                ("Олег Сомов", "стороны готовы расширять торговлю"),
            ],
        )

    def test_a_verb_inside_the_clause_without_that(self):
        text = self.HEAD + (
            "Губернатор Олег Сомов, отметив, что министр, как он подчеркнул в письме, прибыл вовремя, поблагодарил "
            "гостей.\n"
        )
        self.assertIn("прибыл вовремя", " ".join(q for _, q in quotes(text)))


class SideRegardsStanceTests(SimpleTestCase):
    """ "X отметил, что A. ... Чилийская сторона рассматривает ...": a side's regard is its stance, so the paragraph
    goes on with X's words; another side's regard does not carry them."""

    HEAD = " date 2025-03-04 Визит\n\nСантьяго, 4 марта. Министр иностранных дел Чили Хорхе Вальдес принял гостя.\n\n"

    def test_the_speakers_side(self):
        text = self.HEAD + (
            "Хорхе Вальдес отметил, что Чили и Перу являются давними партнерами. Дружба двух стран прочна. "
            "Чилийская сторона рассматривает отношения с Перу как приоритет.\n"
        )
        said = [q for s, q in quotes(text) if s == "Хорхе Вальдес"]
        self.assertTrue(said and said[0].endswith("как приоритет"))

    def test_another_side(self):
        text = self.HEAD + (
            "Хорхе Вальдес отметил, что Чили и Перу являются давними партнерами. Дружба двух стран прочна. "
            "Перуанская сторона рассматривает отношения с Чили как приоритет.\n"
        )
        said = [q for s, q in quotes(text) if s == "Хорхе Вальдес"]
        self.assertEqual(said, ["Чили и Перу являются давними партнерами"])


class SurnameFromTitleTests(SimpleTestCase):
    """A surname made from a ruler's title ("Султанов", "Эмиров") is a name; the title itself is an office."""

    def test_a_surname_made_from_a_title(self):
        text = (
            " date 2025-02-10 Визит\n\nПрезидент Республики Узбекистан Жамшид Султанов принял Премьер-министра "
            "Республики Индонезия Агуса Праволо, прибывшего в Ташкент с визитом.\n"
        )
        self.assertIn("Жамшид Султанов", people(text))

    def test_the_title_is_still_an_office(self):
        text = (
            " date 2025-02-10 Визит\n\nСултан Омана Хамад принял в Маскате Президента Республики Узбекистан "
            "Жамшида Султанова.\n"
        )
        self.assertNotIn("Султан Омана", " ".join(people(text)))


class ShortOfficeTests(SimpleTestCase):
    """ "генконсул" is the "генеральный консул" named before; a "генеральный директор" is not."""

    HEAD = (
        " date 2025-04-02 Визит\n\nГенеральный консул Чили в Новосибирске Пабло Ортега посетил область. "
        "Его принял генеральный директор завода Игорь Баранов.\n\n"
    )

    def test_the_short_form(self):
        text = self.HEAD + "— Мы видим большие перспективы в торговле, — сказал генконсул.\n"
        self.assertEqual(quotes(text), [("Пабло Ортега", "Мы видим большие перспективы в торговле")])

    def test_another_office_with_the_same_first_word(self):
        text = self.HEAD + "— Мы видим большие перспективы в торговле, — сказал гендиректор.\n"
        self.assertNotIn("Пабло Ортега", [s for s, _ in quotes(text)])


class EnvoyPostingHostTests(SimpleTestCase):
    """An envoy's story with no word of arrival takes place where the envoy is posted; an arrival still decides."""

    def test_the_posting(self):
        text = (
            " date 2025-04-02 Визит\n\nГенеральный консул Чили в Новосибирске Пабло Ортега побывал в области. "
            "Гостя принял ректор университета Игорь Баранов, рассказавший о работе с чилийскими вузами.\n"
        )
        self.assertEqual(people(text)["Игорь Баранов"], "RU")

    def test_an_arrival_elsewhere(self):
        text = (
            " date 2025-04-02 Визит\n\nПосол Чили в России Пабло Ортега прибыл в Минск для встречи с выпускниками. "
            "Гостя принял ректор университета Игорь Баранов, рассказавший о работе с чилийскими вузами.\n"
        )
        self.assertEqual(people(text)["Игорь Баранов"], "BY")


class RegionalCommitteeTests(SimpleTestCase):
    """A region's adjective the dictionary also knows as a surname is part of the title, and a region's executive
    committee is Belarus's; a grave before a name still makes the dead no participant."""

    def test_the_committee_head(self):
        text = (
            " date 2025-04-02\n\nВизит\n\nВчера гостей принял председатель Гомельского облисполкома Олег "
            "Владимирович Кравчук.\n"
        )
        self.assertEqual(people(text), {"Олег Владимирович Кравчук": "BY"})

    def test_a_grave(self):
        text = (
            " date 2025-04-02\n\nВизит\n\nМинистр иностранных дел Чили Пабло Ортега возложил цветы к могиле Андрея "
            "Вишневского.\n"
        )
        self.assertNotIn("Андрей Вишневский", people(text))


class ViceGovernorTests(SimpleTestCase):
    """A vice-governor is titled and is the one "вице-губернатор" names, not a governor."""

    TEXT = (
        " date 2025-04-02\n\nВизит\n\nДелегацию провинции Мендоса во главе с вице-губернатором Хорхе Суаресом "
        "принял губернатор Андрей Смолин.\n\n"
        "– Мы открываем новый рынок для наших вин, – подчеркнул вице-губернатор.\n\n"
        "– Мы ждем ваши вина на ярмарке, – сказал губернатор.\n"
    )

    def test_each_to_his_own(self):
        self.assertEqual(
            quotes(self.TEXT),
            [
                ("Хорхе Суарес", "Мы открываем новый рынок для наших вин"),
                ("Андрей Смолин", "Мы ждем ваши вина на ярмарке"),
            ],
        )


class RegionHeadByAnotherOfficeTests(SimpleTestCase):
    """ "губернатор" for the one head of a region's body the story titled otherwise; not for the head of a bank."""

    def text(self, office: str) -> str:
        return (
            f" date 2025-04-02\n\nВизит\n\nДелегацию провинции Мендоса принял {office} Олег Кравчук.\n\n"
            "Открывая встречу, губернатор подчеркнул, что регионы должны наполнять партнерство делами.\n"
        )

    def test_the_committee_head(self):
        self.assertEqual(
            quotes(self.text("председатель Гомельского облисполкома")),
            [("Олег Кравчук", "регионы должны наполнять партнерство делами")],
        )

    def test_the_head_of_a_bank(self):
        self.assertEqual(quotes(self.text("председатель правления банка")), [])


class SideInOwnWordsTests(SimpleTestCase):
    """An official without a country whose own marked words call one side "сторона" or "коллеги" is of the
    other; words that name both sides so tell nothing, and the host's default stands."""

    TEXT = (
        " date 2025-04-02\n\nЧили и Перу договорились о поставках\n\nЧили и Перу договорились о поставках газа. "
        "Об этом сообщил министр энергетики Пабло Ортега на своей странице в соцсети. Министр находится с визитом "
        "в Лиме.\n\n«Провели хорошие переговоры с перуанской стороной. Договорились о новых поставках газа», — "
        "написал Пабло Ортега.\n"
    )

    def test_the_other_side(self):
        self.assertEqual(people(self.TEXT), {"Пабло Ортега": "CL"})

    def test_both_sides_named(self):
        text = self.TEXT.replace("стороной.", "стороной, чилийские коллеги довольны.")
        self.assertEqual(people(text), {"Пабло Ортега": "PE"})


class TownHeadTests(SimpleTestCase):
    """The head of a town the reader may not know is titled; a town named after "глава города" is no person."""

    def test_the_town_head(self):
        text = " date 2025-04-02\n\nВизит\n\nГостя принял глава города Валерий Гречишников.\n"
        self.assertEqual([(p.name, p.title) for p in suggest_package(text).participants][0][1], "Глава города")

    def test_the_town_is_no_person(self):
        text = " date 2025-04-02\n\nВизит\n\nГостя принял глава района Валерий Гречишников в Заречном.\n"
        self.assertEqual(list(people(text)), ["Валерий Гречишников"])


class ChamberOfficesTests(SimpleTestCase):
    """A chamber's deputy speaker is its official, not its chair; a parliament's two-word name stands in a title;
    a body's country is its own, not the partner's named after "с"."""

    def test_a_deputy_of_the_speaker(self):
        text = (
            " date 2025-04-02\n\nВизит\n\nГостя принял Первый заместитель Председателя Сената Олий Мажлиса "
            "Жамшид Каримов.\n"
        )
        found = suggest_package(text).participants
        self.assertEqual([(p.name, p.country, p.role) for p in found], [("Жамшид Каримов", "UZ", "official")])

    def test_the_speaker_himself(self):
        text = " date 2025-04-02\n\nВизит\n\nГостя принял Председатель Сената Олий Мажлиса Жамшид Каримов.\n"
        self.assertEqual([p.role for p in suggest_package(text).participants], ["parliament_speaker"])

    def test_a_vice_speaker(self):
        text = " date 2025-04-02\n\nВизит\n\nГостя принял вице-спикер Госдумы Андрей Мельников.\n"
        self.assertEqual(people(text), {"Андрей Мельников": "RU"})

    def test_the_partner_after_with(self):
        text = (
            " date 2025-04-02\n\nВизит\n\nВ беседе участвовала руководитель группы по сотрудничеству Совета "
            "Федерации с Национальной ассамблеей Республики Чили Ирина Сомова.\n"
        )
        self.assertEqual(people(text), {"Ирина Сомова": "RU"})

    def test_a_ministry_of_many_fields(self):
        text = (
            " date 2025-04-02\n\nВизит\n\nВ Каире запланированы переговоры с Министром иностранных дел, по делам "
            "эмиграции и египтян, проживающих за рубежом, АРЕ Х.А.Рашидом.\n"
        )
        self.assertEqual([p.country for p in suggest_package(text).participants], ["EG"])


class CityAdjectiveTitleTests(SimpleTestCase):
    """A city's adjective in a title ("директор новосибирского завода") names the country; an adjective that only
    starts like a city's ("венгерского") does not."""

    HEAD = (
        " date 2025-04-02\n\nВизит\n\nМинистр энергетики Чили Пабло Ортега провел переговоры в Сантьяго с министром "
        "энергетики России Игорем Барановым.\n\n"
    )

    def test_a_citys_adjective(self):
        text = self.HEAD + "В переговорах участвовал директор новосибирского завода турбин Олег Кравцов.\n"
        self.assertEqual(people(text)["Олег Кравцов"], "RU")

    def test_not_a_citys_adjective(self):
        from relations_plugin.extraction.russian import _city_adjective_code

        self.assertEqual(_city_adjective_code("новосибирск"), "RU")
        self.assertEqual(_city_adjective_code("венгерск"), "")


class RankedDocumentTests(SimpleTestCase):
    """ "Самым крупным стало соглашение между ...": after a signing the story counts, the document it ranks is one
    of those signed; with no signing told, it is not."""

    HEAD = (
        " date 2025-04-02\n\nВизит\n\nПремьер-министр Чили Пабло Ортега провел переговоры в Москве с "
        "премьер-министром России Игорем Барановым.\n\n"
    )
    RANKED = (
        "Самым крупным по сумме стало соглашение между АО «Северная компания» и чилийской госкорпорацией "
        "Codelco о строительстве медеплавильного завода."
    )

    def test_after_a_signing(self):
        text = self.HEAD + "По итогам переговоров стороны подписали 11 документов. " + self.RANKED + "\n"
        titles = [a.title for a in suggest_package(text).agreements]
        self.assertTrue(any(t.startswith("Соглашение между АО «Северная компания»") for t in titles), titles)

    def test_no_signing_told(self):
        text = self.HEAD + "Стороны обсудили торговлю. " + self.RANKED + "\n"
        self.assertEqual(suggest_package(text).agreements, ())


class SinceYearTests(SimpleTestCase):
    """A year since when something runs ("обсуждается с 2019 года") does not date the signing; "подписано не было"
    denies it."""

    HEAD = (
        " date 2025-04-02\n\nВизит\n\nПремьер-министр Чили Пабло Ортега провел переговоры в Москве с "
        "премьер-министром России Игорем Барановым.\n\n"
    )

    def test_since_a_year(self):
        text = self.HEAD + (
            "Министерства подписали дорожную карту по Центру авиастроения, строительство которого обсуждается с 2019 "
            "года.\n"
        )
        self.assertEqual(len(suggest_package(text).agreements), 1)

    def test_not_signed_after_the_verb(self):
        text = self.HEAD + (
            "Соглашение о защите инвестиций, обсуждение которого ведется с 2022 года, на этот раз подписано не было.\n"
        )
        self.assertEqual(suggest_package(text).agreements, ())


class ChamberChairAndDeputyTests(SimpleTestCase):
    """ "Председатель СФ отметила" is the chamber's chair, not her deputy named later as "заместитель
    Председателя СФ"."""

    TEXT = (
        " date 2025-04-02\n\nВизит\n\nПредседатель Совета Федерации Ирина Соболева провела переговоры с "
        "Председателем Сената Чили Пабло Ортегой.\n\n"
        "Председатель СФ отметила, что парламенты двух стран активно сотрудничают.\n\n"
        "В состав делегации вошел заместитель Председателя СФ Андрей Мельников.\n"
    )

    def test_the_chair(self):
        self.assertEqual(quotes(self.TEXT), [("Ирина Соболева", "парламенты двух стран активно сотрудничают")])

    def test_the_deputy_is_an_official(self):
        roles = {p.name: p.role for p in suggest_package(self.TEXT).participants}
        self.assertEqual(roles.get("Андрей Мельников"), "official")


class AdjectiveSurnameAfterTitleTests(SimpleTestCase):
    """After a title and a first name, a surname the dictionary reads as an adjective that agrees with the first
    name ("Аркадий Подгорный", "Николай Бережной") stays in the name."""

    def test_after_a_title(self):
        text = (
            " date 2025-04-02\n\nВизит\n\nВ делегацию вошел председатель Комитета СФ по международным делам "
            "Аркадий Подгорный.\n"
        )
        self.assertEqual(people(text), {"Аркадий Подгорный": "RU"})

    def test_the_title_names_the_speaker(self):
        text = (
            " date 2025-04-02\n\nВизит\n\nПосол России в Турции Николай Бережной отметил, что стороны обсудили "
            "строительство станции.\n"
        )
        self.assertEqual([s for s, _ in quotes(text)], ["Николай Бережной"])


class GovernorGeneralTests(SimpleTestCase):
    """A governor-general is titled; the head of a delegation whose country the story leaves unsaid is the guest,
    not the host's official."""

    def test_the_delegations_head(self):
        text = (
            " date 2025-04-02\n\nВизит\n\nГубернатор Астраханской области Игорь Баранов принял в Астрахани посла "
            "Чили в России Пабло Ортегу и делегацию провинции Мендоса во главе с генерал-губернатором Хорхе "
            "Суаресом.\n"
        )
        found = suggest_package(text).participants
        self.assertIn(("Хорхе Суарес", "CL", "Генерал-губернатор"), [(p.name, p.country, p.title) for p in found])


class AmountReachedTests(SimpleTestCase):
    """ "отметил, что товарооборот вырос ... и составил 1,3 млрд": the clause subject's second verb with its amount
    stays in the words; "и пригласил гостя" after the clause is the speaker's next act."""

    HEAD = (
        " date 2025-04-02\n\nВизит\n\nПремьер-министр Чили Пабло Ортега провел переговоры в Москве с "
        "премьер-министром России Игорем Барановым.\n\n"
    )

    def test_an_amount(self):
        text = self.HEAD + "Игорь Баранов отметил, что товарооборот вырос на 18% и составил 1,3 млрд долларов.\n"
        self.assertEqual(quotes(text), [("Игорь Баранов", "товарооборот вырос на 18% и составил 1,3 млрд долларов")])

    def test_the_speakers_next_act(self):
        text = self.HEAD + "Игорь Баранов отметил, что визит прошел успешно и пригласил Пабло Ортегу в Сочи.\n"
        self.assertEqual(quotes(text), [("Игорь Баранов", "визит прошел успешно")])

    def test_an_amount_in_words(self):
        text = self.HEAD + "Игорь Баранов отметил, что экспорт вырос почти на треть и превысил три миллиарда рублей.\n"
        self.assertEqual(
            quotes(text), [("Игорь Баранов", "экспорт вырос почти на треть и превысил три миллиарда рублей")]
        )

    def test_the_speakers_next_act_with_a_word_like_a_numeral(self):
        text = self.HEAD + "Игорь Баранов отметил, что визит прошел успешно и передал сердечный привет коллегам.\n"
        self.assertEqual(quotes(text), [("Игорь Баранов", "визит прошел успешно")])


class SpeechAndAnswersHeadingTests(SimpleTestCase):
    """ "Выступление и ответы на вопросы СМИ Министра ..." heads the minister's own words, as "Выступление" does;
    a heading that reports a meeting does not."""

    def text(self, heading: str) -> str:
        return (
            f" date 2025-04-02\n\nВизит\n\nВ Москве состоялись переговоры министров.\n\n{heading}\n\n"
            "Мы провели содержательные переговоры с моим чилийским коллегой.\n"
        )

    def test_speech_and_answers(self):
        text = self.text(
            "Выступление и ответы на вопросы СМИ Министра иностранных дел Российской Федерации И.П.Баранова в ходе "
            "пресс-конференции"
        )
        self.assertEqual(
            quotes(text), [("Баранов", "Мы провели содержательные переговоры с моим чилийским коллегой.")]
        )

    def test_a_report_of_a_meeting(self):
        text = self.text("О встрече Министра иностранных дел Российской Федерации И.П.Баранова с журналистами")
        self.assertEqual(quotes(text), [])


class UnnamedDelegationHeadTests(SimpleTestCase):
    """ "В состав делегации во главе с заместителем директора X": the head of the visiting delegation is the guest,
    though the sentence names no country for it."""

    def test_the_head_is_the_guest(self):
        text = (
            " date 2025-04-02\n\nВизит\n\nЧилийские студенты прибыли в Минск. В состав делегации во главе с "
            "заместителем директора Агентства Хорхе Суаресом вошли 30 победителей олимпиад. Делегацию принял "
            "министр образования Беларуси Игорь Баранов.\n"
        )
        self.assertEqual(people(text).get("Хорхе Суарес"), "CL")


class EnvoyAndMinistryHeadTests(SimpleTestCase):
    """A special representative of the president is an official, not the president; "глава Минэкономразвития" is
    a minister, "глава МИД" the foreign minister."""

    HEAD = (
        " date 2025-04-02\n\nВизит\n\nПремьер-министр Чили Пабло Ортега провел переговоры в Москве с "
        "премьер-министром России Игорем Барановым.\n\n"
    )

    def titled(self, sentence: str) -> tuple[str, str]:
        found = {p.name: (p.role, p.title) for p in suggest_package(self.HEAD + sentence + "\n").participants}
        return found["Олег Котов"]

    def test_a_special_representative(self):
        self.assertEqual(
            self.titled(
                "В переговорах участвовал специальный представитель президента по культурному сотрудничеству "
                "Олег Котов."
            ),
            ("official", "Специальный представитель"),
        )

    def test_the_head_of_a_ministry(self):
        self.assertEqual(
            self.titled("В переговорах участвовал глава Минэкономразвития Олег Котов."), ("minister", "Министр")
        )
        self.assertEqual(
            self.titled("В переговорах участвовал глава МИД России Олег Котов."),
            ("minister", "Министр иностранных дел"),
        )


class ExecutiveAtTheTableTests(SimpleTestCase):
    """An executive the story seats at the talks is a participant even beside leaders; one who only comments is
    not."""

    HEAD = (
        " date 2025-04-02\n\nВизит\n\nПремьер-министр Чили Пабло Ортега провел переговоры в Москве с "
        "премьер-министром России Игорем Барановым.\n\n"
    )

    def test_at_the_table(self):
        text = self.HEAD + "В переговорах участвовал заместитель председателя правления «Газпрома» Олег Котов.\n"
        self.assertIn("Олег Котов", people(text))

    def test_a_comment(self):
        text = self.HEAD + "Заместитель председателя правления «Газпрома» Олег Котов отметил, что спрос растет.\n"
        self.assertNotIn("Олег Котов", people(text))


class AllowedThatTests(SimpleTestCase):
    """ "X допустил, что ..." relays X's words; "допустили ошибку" with no clause after it relays nothing."""

    HEAD = (
        " date 2025-04-02\n\nВизит\n\nМинистр энергетики Чили Пабло Ортега провел переговоры в Москве с министром "
        "энергетики России Игорем Барановым.\n\n"
    )

    def test_a_clause(self):
        text = self.HEAD + "Пабло Ортега допустил, что товарооборот двух стран может вырасти вдвое.\n"
        self.assertEqual(quotes(text), [("Пабло Ортега", "товарооборот двух стран может вырасти вдвое")])

    def test_no_clause(self):
        text = self.HEAD + "Пабло Ортега допустил ошибку в расчетах.\n"
        self.assertEqual(quotes(text), [])


class MinistryByAdjectiveTests(SimpleTestCase):
    """ "Глава чилийского Минэнерго" is Chile's minister; "глава российского Минэнерго" Russia's."""

    HEAD = (
        " date 2025-04-02\n\nВизит\n\nМинистр энергетики Чили Пабло Ортега провел переговоры в Москве с министром "
        "энергетики России Игорем Барановым.\n\n"
    )

    def test_each_side(self):
        for adjective, speaker in (("чилийского", "Пабло Ортега"), ("российского", "Игорь Баранов")):
            text = self.HEAD + f"Глава {adjective} Минэнерго заявил, что товарооборот может вырасти вдвое.\n"
            self.assertEqual([s for s, _ in quotes(text)], [speaker])


class CompanyNameInAttributionTests(SimpleTestCase):
    """A company's or an outlet's name in marks inside the attribution after the words does not end it."""

    HEAD = (
        " date 2025-04-02\n\nВизит\n\nМинистр энергетики Чили Пабло Ортега провел переговоры в Москве с министром "
        "энергетики России Игорем Барановым.\n\n"
    )

    def test_the_company_in_the_title(self):
        text = self.HEAD + (
            "«Проект идет по плану, мы довольны темпами работ», — сказал журналистам вице-президент «Стальпрома» "
            "Олег Дымов.\n"
        )
        self.assertEqual(quotes(text), [("Олег Дымов", "Проект идет по плану, мы довольны темпами работ")])

    def test_the_outlet_addressed(self):
        text = self.HEAD + (
            "«Это наш крупнейший контракт за последние годы», — заявил «Вестнику» генеральный директор компании "
            "Игорь Сомов.\n"
        )
        self.assertEqual(quotes(text), [("Игорь Сомов", "Это наш крупнейший контракт за последние годы")])

    def test_a_name_in_marks_before_another_title(self):
        text = self.HEAD + (
            "Заместитель директора «Сибэнерго» — директор филиала «Ангара» Олег Дымов рассказал о работах.\n"
        )
        self.assertEqual(quotes(text), [])


class LowerCaseListItemTests(SimpleTestCase):
    """ "В их числе:" and then a document a line, each in lower case and ending with a semicolon, lists them all."""

    HEAD = (
        " date 2025-04-02\n\nВизит\n\nМинистр энергетики Чили Пабло Ортега провел переговоры в Москве с министром "
        "энергетики России Игорем Барановым.\n\n"
    )

    def test_the_items(self):
        text = self.HEAD + (
            "В присутствии министров был подписан пакет документов. В их числе:\n\n"
            "соглашение о воздушном сообщении;\n\nмеморандум о сотрудничестве в области геологии;\n\n"
            "программа культурного обмена на 2026-2027 годы.\n\nПосле этого министры посетили выставку.\n"
        )
        titles = [a.title for a in suggest_package(text).agreements]
        self.assertEqual(
            titles,
            [
                "Соглашение о воздушном сообщении",
                "Меморандум о сотрудничестве в области геологии",
                "Программа культурного обмена на 2026-2027 годы",
            ],
        )

    def test_a_lower_case_sentence_is_no_item(self):
        text = self.HEAD + (
            "В присутствии министров был подписан пакет документов. Среди них:\n\n"
            "соглашение о воздушном сообщении\n\nПосле этого министры посетили выставку.\n"
        )
        self.assertEqual([a.title for a in suggest_package(text).agreements], [])


class PendingDocumentTests(SimpleTestCase):
    """ "Еще один — соглашение о ... — пока находится на согласовании": one more document, not signed."""

    HEAD = (
        " date 2025-04-02\n\nВизит\n\nМинистр энергетики Чили Пабло Ортега провел переговоры в Москве с министром "
        "энергетики России Игорем Барановым.\n\n"
    )

    def test_still_being_agreed(self):
        text = self.HEAD + (
            "Министры подписали соглашение о воздушном сообщении. Еще один — меморандум о сотрудничестве в области "
            "геологии — пока находится на согласовании.\n"
        )
        self.assertEqual([a.title for a in suggest_package(text).agreements], ["Соглашение о воздушном сообщении"])

    def test_signed_too(self):
        text = self.HEAD + (
            "Министры подписали соглашение о воздушном сообщении. Еще один — меморандум о сотрудничестве в "
            "подготовке геологов.\n"
        )
        self.assertEqual(len(suggest_package(text).agreements), 2)


class PublicMetOnVisitTests(SimpleTestCase):
    """An age or a trade before a name ("70-летний инженер", "выпускник вуза") marks the public a leader meets."""

    HEAD = (
        " date 2025-04-02\n\nВизит\n\nПрезидент Чили Пабло Ортега провел переговоры в Москве с президентом "
        "России Игорем Барановым.\n\n"
    )

    def test_an_engineer_by_age(self):
        text = self.HEAD + (
            "— Я учился в Москве в 1980-м и до сих пор помню зиму, — рассказал нам 68-летний инженер Хосе Мартинес.\n"
        )
        self.assertNotIn("Хосе Мартинес", people(text))
        self.assertEqual(quotes(text), [])

    def test_an_official_is_kept(self):
        text = self.HEAD + (
            "— Мы договорились продолжить работу экспертов, — рассказал нам помощник президента Хосе Мартинес.\n"
        )
        self.assertIn("Хосе Мартинес", people(text))


class PartyInTitleTests(SimpleTestCase):
    """ "Генеральный секретарь ЦК Компартии X" names the party, not a person called "Компартии"."""

    def test_the_party_is_no_name(self):
        text = (
            " date 2025-04-02\n\nВизит\n\nПрезидент России Игорь Баранов провел переговоры с Генеральным секретарем "
            "ЦК Компартии Вьетнама Ле Ван Намом.\n"
        )
        names = people(text)
        self.assertNotIn("Компартии", names)
        self.assertIn("Игорь Баранов", names)


class MannerBeforeSpeechVerbTests(SimpleTestCase):
    """ "— уклончиво сказал X": an adverb of manner before the verb leaves the speaker after it."""

    HEAD = (
        " date 2025-04-02\n\nВизит\n\nМинистр энергетики Чили Пабло Ортега провел переговоры в Москве с министром "
        "энергетики России Игорем Барановым.\n\n"
    )

    def test_the_adverb(self):
        text = self.HEAD + (
            "«Переговоры продолжаются, мы договорились ускорить работу экспертов», — уклончиво сказал журналистам "
            "помощник министра Олег Дымов.\n"
        )
        self.assertEqual(
            quotes(text), [("Олег Дымов", "Переговоры продолжаются, мы договорились ускорить работу экспертов")]
        )

    def test_a_noun_before_the_verb_is_the_speaker(self):
        text = self.HEAD + (
            "«Переговоры продолжаются, мы договорились ускорить работу экспертов», — Баранов сказал журналистам.\n"
        )
        self.assertEqual(
            quotes(text), [("Игорь Баранов", "Переговоры продолжаются, мы договорились ускорить работу экспертов")]
        )


class DialogueLineWithLaterSentenceTests(SimpleTestCase):
    """ "— A, — прокомментировал X. По его словам, B": the dialogue line's words come without its dash."""

    def test_no_dash(self):
        text = (
            " date 2025-04-02\n\nВизит\n\nМинистр энергетики Чили Пабло Ортега провел переговоры в Москве с "
            "министром энергетики России Игорем Барановым.\n\n"
            "— Работа идет, документ почти готов, — коротко прокомментировал это Баранов. По его словам, соглашение "
            "может быть подписано летом.\n"
        )
        self.assertIn(("Игорь Баранов", "Работа идет, документ почти готов"), quotes(text))


class BareTitleAfterTalksTests(SimpleTestCase):
    """ "Министр провел переговоры с министром X. «...», — сказал министр.": the counterpart is only the object of
    the talks, and the bare title goes on naming the one who spoke before."""

    HEAD = (
        " date 2025-03-05\n\nВизит\n\nМОСКВА, 5 мар. Эфиопия хочет больше зерна, рассказал министр сельского "
        "хозяйства Эфиопии Тесфайе Алемин, находящийся в Москве.\n\n"
    )

    def test_the_object_of_the_talks(self):
        text = self.HEAD + (
            "Во вторник министр провел переговоры с российским коллегой — министром сельского хозяйства РФ Олегом "
            "Дымовым.\n\n«Мы говорили о поставках зерна и удобрений на много лет вперед», — сказал министр.\n"
        )
        self.assertIn(
            ("Тесфайя Алемин", "Мы говорили о поставках зерна и удобрений на много лет вперед"), quotes(text)
        )

    def test_the_counterpart_as_a_subject(self):
        text = self.HEAD + (
            "Во вторник министр провел переговоры с министром сельского хозяйства РФ Олегом Дымовым. Дымов "
            "рассказал о планах экспорта.\n\n«Мы говорили о поставках зерна и удобрений на много лет вперед», — "
            "сказал министр.\n"
        )
        self.assertIn(("Олег Дымов", "Мы говорили о поставках зерна и удобрений на много лет вперед"), quotes(text))


class SurnameTellsAManTests(SimpleTestCase):
    """A surname in -ин or -ов is a man's, though an unknown first name reads as a woman's: "он" is him."""

    def test_the_pronoun(self):
        text = (
            " date 2025-03-05\n\nВизит\n\nМОСКВА, 5 мар. Эфиопия хочет больше зерна, рассказал министр сельского "
            "хозяйства Эфиопии Тесфайе Алемин, находящийся в Москве.\n\nВо вторник министр провел переговоры с "
            "министром сельского хозяйства РФ Олегом Дымовым. Как рассказал Алемин, стороны обсудили поставки.\n\n"
            "Он также сообщил, что Аддис-Абеба приглашает российские компании в индустриальные парки.\n"
        )
        self.assertIn(
            ("Тесфайя Алемин", "Аддис-Абеба приглашает российские компании в индустриальные парки"), quotes(text)
        )


class PressServiceSideTests(SimpleTestCase):
    """ "..., сообщает пресс-служба Акорды": the press service's leader is "Глава государства" in its copy, though
    the visit is abroad."""

    def story(self, source: str) -> str:
        return (
            " date 2024-09-24\n\nВизит\n\nПрезидент Казахстана Арман Сеитов, находящийся с государственным визитом в "
            "Монголии, провел переговоры с Президентом Монголии Батбаяром Энхболдом. Встреча прошла в Улан-Баторе, "
            f"{source}.\n\nВ ходе переговоров Глава государства отметил, что визит приурочен к юбилею отношений.\n"
        )

    def test_the_press_service(self):
        self.assertIn(
            ("Арман Сеитов", "визит приурочен к юбилею отношений"), quotes(self.story("сообщает пресс-служба Акорды"))
        )

    def test_the_other_press_service(self):
        self.assertIn(
            ("Батбаяр Энхболд", "визит приурочен к юбилею отношений"),
            quotes(self.story("сообщает пресс-служба президента Монголии")),
        )


class HeadlineQuoteBeforeColonTests(SimpleTestCase):
    """ "«...»: Иван Петров подарил ..." in a headline: the words in marks are the one named after the colon."""

    def story(self, headline: str) -> str:
        return (
            f" date 2025-04-02\n\n{headline}\n\nПрезидент России Олег Дымов провел переговоры в Сантьяго с "
            "президентом Чили Пабло Ортегой.\n"
        )

    def test_the_name_and_a_verb(self):
        text = self.story("«Мы помним, кто был рядом в трудные годы»: Олег Дымов подарил чилийскому лидеру самовар")
        self.assertEqual(quotes(text), [("Олег Дымов", "Мы помним, кто был рядом в трудные годы")])

    def test_the_surname_and_a_topic(self):
        text = self.story("«Мы помним, кто был рядом в трудные годы»: Дымов о визите в Чили")
        self.assertEqual(quotes(text), [("Олег Дымов", "Мы помним, кто был рядом в трудные годы")])

    def test_no_one_named_after_the_colon(self):
        text = self.story("«Мы помним, кто был рядом в трудные годы»: Чили и Россия подписали соглашения")
        self.assertEqual(quotes(text), [])


class SidelineCompanyDealTests(SimpleTestCase):
    """Company documents signed on the sidelines: "Среди других документов — ..." lists more of them however far
    back the signing was told; a bank, an oil company or rolling stock names the field."""

    HEAD = (
        " date 2025-04-02\n\nВизит\n\nМинистр энергетики Чили Пабло Ортега провел переговоры в Москве с министром "
        "энергетики России Игорем Барановым. Компании двух стран подписали около 20 соглашений.\n\n"
        "Глава «Сибтранса» Олег Дымов сказал журналистам, что первые машины придут летом.\n\n"
    )

    def test_other_documents(self):
        text = self.HEAD + (
            "Среди других документов — меморандум Нордбанка с чилийским Агентством по развитию партнерства, а также "
            "соглашение производителя техники Andes с российскими торговыми сетями о поставках продукции.\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Меморандум Нордбанка с чилийским Агентством по развитию партнерства", "finance"),
                (
                    "Соглашение производителя техники Andes с российскими торговыми сетями о поставках продукции",
                    "trade",
                ),
            ],
        )

    def test_other_documents_told_as_plans(self):
        text = self.HEAD.replace("подписали", "обсудили") + (
            "Среди других документов — меморандум Нордбанка с чилийским Агентством по развитию партнерства.\n"
        )
        self.assertEqual(agreements(text), [])

    def test_the_fields(self):
        from relations_plugin.extraction.russian import _ru_sphere

        self.assertEqual(_ru_sphere("Контракт на поставку 35 грузовых электровозов"), "transport")
        self.assertEqual(_ru_sphere("Соглашение между «Андоил» и «Чиленефтегазом» о разделе продукции"), "energy")
        self.assertEqual(_ru_sphere("Меморандум Эксимбанка с агентством"), "finance")


class DeniedKindTests(SimpleTestCase):
    """ "это не декларации, а конкретные проекты": a kind of document denied names no document."""

    def test_denied(self):
        text = (
            " date 2025-04-02\n\nВизит\n\nМинистр энергетики Чили Пабло Ортега провел переговоры в Москве с "
            "министром энергетики России Игорем Барановым. Стороны подписали соглашение о поставках угля.\n\n"
            "«Подписанные документы — это не декларации, а конкретные проекты с источниками финансирования», — "
            "сказал Ортега.\n"
        )
        self.assertEqual(agreements(text), [("Соглашение о поставках угля", "energy")])


class ListedFieldsAndMinistriesTests(SimpleTestCase):
    """ "- документы о взаимодействии в сфере A и B;" is one document a field; a ministry's short name ("между
    Минздравами", "между МЧС") names the field of a document that names no topic."""

    HEAD = (
        " date 2025-04-02\n\nВизит\n\nМинистр энергетики Чили Пабло Ортега провел переговоры в Москве с министром "
        "энергетики России Игорем Барановым. По итогам переговоров подписаны 5 документов. Среди них:\n\n"
    )

    def test_one_a_field(self):
        text = self.HEAD + (
            "- соглашение о воздушном сообщении;\n\n- документы о взаимодействии в сфере туризма и спорта.\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Соглашение о воздушном сообщении", "aviation"),
                ("Документ о взаимодействии в сфере туризма", "tourism"),
                ("Документ о взаимодействии в сфере спорта", "sport"),
            ],
        )

    def test_one_document_of_one_field(self):
        text = self.HEAD + "- соглашение о взаимодействии в сфере туризма и спорта.\n"
        self.assertEqual(len(agreements(text)), 1)

    def test_ministries(self):
        from relations_plugin.extraction.russian import _ru_sphere

        self.assertEqual(_ru_sphere("Соглашение между Минздравами двух стран"), "health")
        self.assertEqual(_ru_sphere("Соглашение между МЧС Чили и профильным ведомством России"), "civil_protection")


class MayBeSignedTests(SimpleTestCase):
    """ "могут быть подписаны", "может быть подписано": a signing that may come, nothing signed."""

    HEAD = (
        " date 2025-04-02\n\nВизит\n\nМинистр энергетики Чили Пабло Ортега провел переговоры в Москве с министром "
        "энергетики России Игорем Барановым.\n\n"
    )

    def test_may_be_signed(self):
        text = self.HEAD + "В ходе бизнес-встреч могут быть подписаны коммерческие контракты в сфере горнодобычи.\n"
        self.assertEqual(agreements(text), [])

    def test_signed(self):
        text = self.HEAD + "В ходе бизнес-встреч были подписаны коммерческие контракты в сфере горнодобычи.\n"
        self.assertEqual(len(agreements(text)), 1)


class BorderAndTransitFieldTests(SimpleTestCase):
    """The guarding of a border is security; the transit of a fuel is energy; the transit of goods transport."""

    def test_the_fields(self):
        from relations_plugin.extraction.russian import _ru_sphere

        self.assertEqual(
            _ru_sphere("Соглашение о сотрудничестве в области охраны чилийско-аргентинской границы"), "security"
        )
        self.assertEqual(_ru_sphere("Соглашение о транзите чилийского природного газа"), "energy")
        self.assertEqual(_ru_sphere("Соглашение о транзите грузов"), "transport")


class PackageClauseTests(SimpleTestCase):
    """ "Помимо соглашения о X, в пакет вошли A и B", "в их числе — A", "... и ряд межведомственных меморандумов":
    where one title ends and the next papers begin."""

    HEAD = (
        " date 2025-04-02\n\nВизит\n\nМинистр энергетики Чили Пабло Ортега провел переговоры в Москве с министром "
        "энергетики России Игорем Барановым. Всего подписали пять документов.\n\n"
    )

    def test_the_package_clause(self):
        text = self.HEAD + (
            "Помимо соглашения о расчетах в национальных валютах, в пакет вошли меморандум о сотрудничестве в сфере "
            "геологоразведки и соглашение о взаимном признании дипломов.\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Соглашение о расчетах в национальных валютах", "finance"),
                ("Меморандум о сотрудничестве в сфере геологоразведки", "mining"),
                ("Соглашение о взаимном признании дипломов", "education"),
            ],
        )

    def test_among_them_after_a_dash(self):
        text = self.HEAD + (
            "Помимо газового соглашения, в их числе — договор о стратегическом партнерстве и соглашение о "
            "взаимном признании дипломов.\n"
        )
        titles = [t for t, _ in agreements(text)]
        self.assertNotIn("Соглашение в их числе", titles)
        self.assertIn("Договор о стратегическом партнерстве", titles)

    def test_a_counted_row_of_papers(self):
        text = self.HEAD + (
            "Подписано также соглашение о строительстве учебного центра и ряд межведомственных меморандумов — от "
            "сельского хозяйства до туризма.\n"
        )
        self.assertEqual(
            agreements(text),
            [
                ("Соглашение о строительстве учебного центра", "infrastructure"),
                ("Меморандум о сотрудничестве в сфере сельского хозяйства", "agriculture"),
                ("Меморандум о сотрудничестве в сфере туризма", "tourism"),
            ],
        )


class HeadOfOneCountryTests(SimpleTestCase):
    """ "По словам главы Чили, ..." is the one head of that country, not the heads of several."""

    HEAD = (
        " date 2025-04-02\n\nВизит\n\nПрезидент Чили Пабло Ортега провел переговоры в Москве с президентом России "
        "Игорем Барановым.\n\n"
    )

    def test_one_head(self):
        text = self.HEAD + "По словам главы Чили, потенциал сотрудничества используется не полностью.\n"
        self.assertEqual(quotes(text), [("Пабло Ортега", "потенциал сотрудничества используется не полностью")])

    def test_two_heads(self):
        text = self.HEAD + "По словам главы Чили и России, потенциал сотрудничества используется не полностью.\n"
        self.assertEqual(quotes(text), [])


class ElidedSideAndCouncilTests(SimpleTestCase):
    """ "делегацию возглавила министр X, российскую — министр Y": the elided next side is not X's country; and
    Turkmenistan's Халк Маслахаты is a body between a title and a name, never a name."""

    def test_the_elided_side(self):
        text = (
            " date 2025-04-02\n\nВизит\n\nВ форуме приняли участие представители двух стран. Индонезийскую "
            "делегацию возглавила министр торговли Ратна Сукмавати, российскую — министр экономического развития "
            "Олег Дымов.\n"
        )
        self.assertEqual(people(text).get("Ратна Сукмавати"), "ID")

    def test_an_apposition_of_a_country(self):
        text = (
            " date 2025-04-02\n\nВизит\n\nВ Москве прошли переговоры министров. Делегацию возглавила министр "
            "Ратна Сукмавати, индонезийский министр торговли.\n"
        )
        self.assertEqual(people(text).get("Ратна Сукмавати"), "ID")

    def test_the_council(self):
        text = (
            " date 2025-03-05\n\nВизит\n\nПрезидент Казахстана Нуржан Абдыкеров провел переговоры в Ашхабаде с "
            "президентом Туркмении Довлетом Аманмурадовым.\n\nВ среду Абдыкерова принял председатель Халк "
            "Маслахаты Туркмении Мурад Ходжагельдиев.\n"
        )
        names = people(text)
        self.assertEqual(names.get("Мурад Ходжагельдиев"), "TM")
        self.assertFalse(any("Маслахат" in n for n in names))


class SidebarAfterInterviewTests(SimpleTestCase):
    """ "Справка «Вестника»" after the last answer heads the outlet's sidebar: the answer ends before it."""

    def story(self, heading: str) -> str:
        return (
            " date 2025-04-02\n\nИнтервью\n\nПосол Чили в России Пабло Ортега ответил на вопросы корреспондента.\n\n"
            "Корреспондент: Что вам нравится в Москве?\n\n"
            "Пабло Ортега: Конечно, парки. Сегодня утром я гулял в парке.\n\n"
            f"{heading}\n\n"
            "Дипломатические отношения между двумя странами были установлены в 1944 году.\n"
        )

    def test_the_sidebar(self):
        said = [t for _, t in quotes(self.story("Справка «Вестника»"))]
        self.assertNotIn("Справка «Вестника»", said)
        self.assertFalse(any(t.startswith("Дипломатические") for t in said))

    def test_an_answer_ending_in_marks_goes_on(self):
        said = [t for _, t in quotes(self.story("А еще я люблю фильм «Берег», его сняли у нас, в Чили."))]
        self.assertTrue(any("Берег" in t for t in said))


class DatedCityLineTests(SimpleTestCase):
    """A press service's line "29.05.2026 13:45, г. Ашхабад" puts the story in that city, so "Глава государства"
    after a sentence naming both presidents is the host's."""

    TEXT = (
        " date 2026-04-14 Переговоры на высшем уровне\n\n"
        "14.04.2026 11:20, г. Ашхабад\n\n"
        "Президент Туркменистана Довлет Ораязов и Президент Казахстана Ерболат Нургалиев выступили с заявлениями "
        "для средств массовой информации, в которых отметили, что переговоры были плодотворными.\n\n"
        "Глава государства подчеркнул, что совместные проекты в энергетике выходят на новый уровень.\n"
    )

    def test_the_head_of_state_is_the_host_of_the_dated_city(self):
        self.assertIn(
            ("Довлет Ораязов", "совместные проекты в энергетике выходят на новый уровень"), quotes(self.TEXT)
        )

    def test_a_date_line_without_a_city_tells_no_side(self):
        text = self.TEXT.replace("14.04.2026 11:20, г. Ашхабад", "14.04.2026 11:20")
        self.assertNotIn(("Довлет Ораязов", "совместные проекты в энергетике выходят на новый уровень"), quotes(text))


class LocalOfficeCountryTests(SimpleTestCase):
    """An akim the guest meets on a trip inside the host country is the host's, though the sentence names the
    guest's delegation; the guest's own people keep their country."""

    TEXT = (
        " date 2025-10-08 Астана, 8 октября.\n\n"
        "Президент Казахстана Нурбол Ерланов провел переговоры с президентом Вьетнама Ле Ван Намом.\n\n"
        "В переговорах участвовал министр иностранных дел Вьетнама Чан Тхи Хуонг.\n\n"
        "В четверг вьетнамская делегация отправится в Шымкент, где Ле Ван Нам примет участие в бизнес-форуме и "
        "встретится с акимом города Темирланом Бакытовым.\n"
    )

    def test_the_akim_is_the_hosts(self):
        self.assertEqual(people(self.TEXT).get("Темирлан Бакытов"), "KZ")

    def test_the_guests_minister_keeps_the_guests_country(self):
        self.assertEqual(people(self.TEXT).get("Чан Тхи Хуонг"), "VN")


class EscortListCountryTests(SimpleTestCase):
    """Ministers told as escorting the guest ("Президента сопровождают министр A, министр B и министр C") are all
    the guest's; a minister in a sentence of the host's is not."""

    HEAD = (
        " date 2025-10-08 Москва, 8 октября.\n\n"
        "Президент России Глеб Одинцов провел переговоры с президентом Индонезии Бимо Кусумой.\n\n"
    )

    def test_every_escorting_minister_is_the_guests(self):
        text = self.HEAD + (
            "Президента Индонезии сопровождают министр торговли Дарма Видодо, министр туризма Сари Лестари и "
            "министр обороны Агунг Хартоно.\n"
        )
        found = people(text)
        self.assertEqual([found.get(n) for n in ("Дарма Видодо", "Сари Лестари", "Агунг Хартоно")], ["ID"] * 3)

    def test_a_minister_of_the_hosts_sentence_stays_the_hosts(self):
        text = self.HEAD + "В переговорах участвовал министр обороны России Павел Гордеев.\n"
        self.assertEqual(people(text).get("Павел Гордеев"), "RU")


class ListedMinistryTitleTests(SimpleTestCase):
    """A ministry named by a list of fields ("инвестиций, промышленности и торговли") keeps its comma inside the
    title of "Как пояснил ..."; the words start after the name."""

    HEAD = (
        " date 2025-10-08 Ташкент, 8 октября.\n\n"
        "Президент Узбекистана Рустам Каримжонов провел переговоры с премьер-министром Малайзии Азизом Салимом.\n\n"
    )

    def test_the_words_start_after_the_name(self):
        text = self.HEAD + (
            "Как пояснил министр инвестиций, промышленности и торговли Узбекистана Шухрат Алимов, соглашение "
            "подпишут до конца года.\n"
        )
        self.assertIn(("Шухрат Алимов", "соглашение подпишут до конца года"), quotes(text))

    def test_a_clause_with_a_list_is_still_the_words(self):
        text = self.HEAD + (
            "Как пояснил министр торговли Шухрат Алимов, в торговле и инвестициях Узбекистан растет, а импорт "
            "снижается.\n"
        )
        self.assertIn(
            ("Шухрат Алимов", "в торговле и инвестициях Узбекистан растет, а импорт снижается"), quotes(text)
        )


class AnnouncedStanceTests(SimpleTestCase):
    """ "Сообщил о готовности ...", "заявил о заинтересованности ...": the stance announced is the words reported;
    "рассказал о развитии города" and a side's announcement are the story's."""

    HEAD = (
        " date 2025-10-08 Улан-Батор, 8 октября.\n\n"
        "Президент Монголии Батбаяр Энхтуяа провел переговоры с президентом Казахстана Нурболом Ерлановым.\n\n"
    )

    def test_a_stance_announced(self):
        text = self.HEAD + (
            "Министр образования Казахстана Айжан Сулейменова сообщила о готовности открыть в Улан-Баторе филиал "
            "университета.\n"
        )
        self.assertIn(("Айжан Сулейменова", "готовности открыть в Улан-Баторе филиал университета"), quotes(text))

    def test_plans_announced_by_a_title(self):
        text = self.HEAD + (
            "В переговорах участвовал министр энергетики Монголии Тэмүүлэн Ганбат. Министр также заявил о "
            "намерении увеличить поставки угля.\n"
        )
        self.assertIn(("Тэмүүлэн Ганбат", "намерении увеличить поставки угля"), quotes(text))

    def test_a_tour_and_a_side_are_no_words(self):
        text = self.HEAD + (
            "Министр образования Казахстана Айжан Сулейменова рассказала о развитии университета. Монгольская "
            "сторона сообщила о планах увеличить число стипендий.\n"
        )
        self.assertEqual(quotes(text), [])


class PromiseTests(SimpleTestCase):
    """ "пообещал проверить лично": what was promised, like what was proposed, is the words; the same promise in a
    headline sums up the story, and a promise of a thing ("пообещал помощь") is not read."""

    BODY = (
        " date 2025-10-08 Минск, 8 октября.\n\n"
        "Президент Беларуси Остап Гарбузов провел переговоры с президентом Вьетнама Ле Ван Намом.\n\n"
        "Ле Ван Нам пообещал лично проверить работу сборочного завода.\n"
    )

    def test_a_promise_in_the_body(self):
        self.assertIn(("Ле Ван Нам", "лично проверить работу сборочного завода"), quotes(self.BODY))

    def test_a_promise_of_a_thing(self):
        text = self.BODY.replace("лично проверить работу сборочного завода", "помощь в подготовке инженеров")
        self.assertEqual(quotes(text), [])

    def test_a_promise_in_a_headline(self):
        text = (
            " date 2025-10-08 Президент Вьетнама пообещал удвоить закупки тракторов\n\n"
            "Минск, 8 октября.\n\n"
            "Президент Беларуси Остап Гарбузов провел переговоры с президентом Вьетнама Ле Ван Намом.\n"
        )
        self.assertEqual(quotes(text), [])


class NameInStraightMarksTests(SimpleTestCase):
    """A word in straight marks after a title ("генеральный директор "Энергоатома"") is a company's name, as in «»,
    and no participant."""

    def test_a_company_in_straight_marks(self):
        text = (
            " date 2026-02-27 Ханой, 27 февраля.\n\n"
            "Президент России Глеб Одинцов провел переговоры с президентом Вьетнама Ле Ван Намом.\n\n"
            "Соглашение о строительстве станции подписано не было, переговоры продолжаются, сообщил журналистам "
            'генеральный директор "Энергоатома" Павел Сидоренко.\n'
        )
        self.assertNotIn("Энергоатома", people(text))

    def test_the_executive_after_it_keeps_his_title_and_his_words(self):
        text = (
            " date 2026-02-27 Ханой, 27 февраля.\n\n"
            "Президент России Глеб Одинцов провел переговоры с президентом Вьетнама Ле Ван Намом.\n\n"
            "Соглашение о строительстве станции подписано не было, сообщил журналистам генеральный директор "
            '"Энергоатома" Павел Сидоренко.\n'
        )
        self.assertIn(("Павел Сидоренко", "Соглашение о строительстве станции подписано не было"), quotes(text))


class GenitiveFirstNameBeforeUndeclinedSurnameTests(SimpleTestCase):
    """After a title in the genitive only a man's first name shows the case when his surname does not decline
    ("президента Индонезии Бамбанга Харьоно Сантосо"): its -а is the ending, not a woman's name."""

    def test_the_first_name_in_the_nominative(self):
        text = (
            " date 2026-04-14 Москва, 14 апреля.\n\n"
            "Деловой форум прошел в рамках визита президента Индонезии Гунтура Адиварно Прасетьо в Россию. "
            "Российскую делегацию возглавил министр промышленности Олег Бережной.\n"
        )
        self.assertIn("Гунтур Адиварно Прасетьо", people(text))

    def test_a_womans_first_name_in_the_genitive_is_left_alone(self):
        text = " date 2026-04-14 Москва, 14 апреля.\n\nВизит президента Индонезии Мегавати Сукарнопутри начался.\n"
        self.assertIn("Мегавати Сукарнопутри", people(text))


class SaidBeforeTheVisitTests(SimpleTestCase):
    """Someone named once, whose words a time before the visit introduces ("накануне визита говорил", "ранее
    заявил"), spoke before it and takes no part; an agency's "как сообщил ранее X" keeps X's words."""

    HEAD = (
        " date 2026-06-02 Ереван, 2 июня.\n\n"
        "Премьер-министр Армении Карен Овсепян провел переговоры с президентом Ирана Реза Фарахани. "
        "«Мы открываем новую страницу», — сказал Овсепян.\n\n"
    )

    def test_an_ambassador_before_the_visit(self):
        text = self.HEAD + (
            "Посол Ирана в Армении Хосейн Мотамеди накануне визита говорил журналистам, что Тегеран готов "
            "удвоить поставки газа.\n"
        )
        self.assertEqual(quotes(text), [("Карен Овсепян", "Мы открываем новую страницу")])

    def test_the_eve_opening_the_sentence(self):
        text = self.HEAD + "Накануне поездки пресс-секретарь МИД Ирана Хосейн Мотамеди заявил, что визит долгий.\n"
        self.assertEqual(quotes(text), [("Карен Овсепян", "Мы открываем новую страницу")])

    def test_the_agencys_reference_keeps_the_words(self):
        text = self.HEAD + (
            "Как сообщил ранее журналистам помощник премьер-министра Армении Тигран Мурадян, список документов "
            "согласовывался до последнего дня.\n"
        )
        self.assertIn(("Тигран Мурадян", "список документов согласовывался до последнего дня"), quotes(text))


class AnsweringQuestionsLeadTests(SimpleTestCase):
    """ "Отвечая на вопросы журналистов, министр ..." right before dashed questions sets out a press approach as an
    interview: the dashed answers are the words of the one its subject titles."""

    HEAD = (
        " date 2026-09-10 ХАНОЙ, 10 сентября.\n\n"
        "Министр иностранных дел России Игорь Сомов провел переговоры со своим вьетнамским коллегой. "
        "«Мы довольны итогами», — сказал Сомов.\n\n"
        "Отвечая на вопросы журналистов, российский министр коснулся нескольких тем.\n\n"
    )

    def test_the_answers_are_his(self):
        text = self.HEAD + (
            "- Обсуждалась ли тема рыболовства?\n\n"
            "- Да, обсуждалась. Мы договорились вернуться к ней осенью, когда эксперты подготовят предложения.\n"
        )
        self.assertIn(
            (
                "Игорь Сомов",
                "Да, обсуждалась. Мы договорились вернуться к ней осенью, когда эксперты подготовят предложения.",
            ),
            quotes(text),
        )

    def test_without_questions_after_it_no_interview(self):
        text = self.HEAD + ("- Рыболовство обсуждалось отдельно.\n\n- Эксперты подготовят предложения к осени.\n")
        self.assertEqual(quotes(text), [("Игорь Сомов", "Мы довольны итогами")])


class CompanyShortFormTests(SimpleTestCase):
    """A company's head titled by the short form the story gave the company in brackets ("«Волгавагон» (ВВЗ)", then
    "генеральный директор ВВЗ") heads that company: a party to the contract it signed with the other side's partner,
    so at the table and of the first side."""

    HEAD = (
        " date 2026-05-20 Астана, 20 мая.\n\n"
        "Премьер-министр России Игорь Климов провел переговоры с премьер-министром Казахстана Ерланом Сагадиевым. "
        "Стороны подписали пакет межправительственных документов.\n\n"
    )
    WORDS = "«Это крупнейший заказ завода за десять лет», — заявил генеральный директор ВВЗ Павел Сергеев.\n"

    def test_the_signatory_companys_head(self):
        text = self.HEAD + (
            "«Волгавагон» (ВВЗ) подписал с АО «Казахстан темир жолы» контракт на поставку 400 вагонов. " + self.WORDS
        )
        self.assertEqual(people(text).get("Павел Сергеев"), "RU")
        self.assertIn(("Павел Сергеев", "Это крупнейший заказ завода за десять лет"), quotes(text))

    def test_a_short_form_the_story_never_gave_a_company(self):
        text = self.HEAD + "Завод подписал с казахстанскими партнерами контракт на поставку 400 вагонов. " + self.WORDS
        self.assertNotIn("Павел Сергеев", people(text))


class CompanyInCapitalsTests(SimpleTestCase):
    """A company the copy names by its capitals alone, without marks ("РЖД и АО «...» подписали", then "генеральный
    директор РЖД"), is found where it signed as one in marks is: its head is at the table, of the first side."""

    HEAD = CompanyShortFormTests.HEAD
    WORDS = "Генеральный директор ВЖД Павел Сергеев сказал, что первые вагоны придут осенью.\n"

    def test_the_signatory_companys_head(self):
        text = self.HEAD + "ВЖД и АО «Казахстан темир жолы» подписали соглашение о поставках вагонов. " + self.WORDS
        self.assertEqual(people(text).get("Павел Сергеев"), "RU")
        self.assertIn(("Павел Сергеев", "первые вагоны придут осенью"), quotes(text))

    def test_a_company_that_signed_nothing(self):
        text = self.HEAD + "ВЖД давно работает с казахстанскими партнерами. " + self.WORDS
        self.assertNotIn("Павел Сергеев", people(text))


class OfficeOfTwoFieldsTests(SimpleTestCase):
    """ "Сказал министр сельского хозяйства и продовольствия Армении": the "и" joins the fields of one office, so the
    title names the one minister; "министр и его коллега" are two speakers, whose joint words are nobody's."""

    HEAD = (
        " date 2025-04-14 Ереван, 14 апреля.\n\n"
        "Министр сельского хозяйства и продовольствия Армении Ашот Мкртчян провел переговоры с министром "
        "экономики Грузии Давидом Кварацхелия.\n\n"
        "Ашот Мкртчян заявил, что Ереван готов увеличить поставки абрикосов.\n\n"
    )

    def test_one_office_of_two_fields(self):
        text = self.HEAD + (
            "«Наши фермеры ждут открытия нового пункта пропуска на границе», – сказал министр сельского хозяйства "
            "и продовольствия Армении.\n"
        )
        self.assertIn(("Ашот Мкртчян", "Наши фермеры ждут открытия нового пункта пропуска на границе"), quotes(text))

    def test_a_minister_and_his_colleague(self):
        text = self.HEAD + (
            "«Наши фермеры ждут открытия нового пункта пропуска на границе», – сказали министр Армении и его "
            "грузинский коллега.\n"
        )
        self.assertNotIn("Наши фермеры ждут открытия нового пункта пропуска на границе", [q for _, q in quotes(text)])


class BodyOfAnOfficeTests(SimpleTestCase):
    """ "Подчеркнул заместитель директора Агентства": the body after a person's office is whose office it is, so the
    title names the one deputy director; "по оценке канцелярии президента" is the body's own word."""

    HEAD = (
        " date 2025-06-03 Ташкент, 3 июня.\n\n"
        "Делегацию возглавил заместитель директора Агентства по делам молодежи Узбекистана Бахтиёр Юлдашев. "
        "Гостей принял председатель Союза молодежи Китая Чжоу Цинлинь.\n\n"
    )

    def test_the_deputy_director_of_the_agency(self):
        text = self.HEAD + (
            "«Нам важно перенять опыт поддержки молодых фермеров», — подчеркнул заместитель директора Агентства.\n"
        )
        self.assertIn(("Бахтиёр Юлдашев", "Нам важно перенять опыт поддержки молодых фермеров"), quotes(text))

    def test_the_body_speaks_for_itself(self):
        text = self.HEAD + "Новые программы стажировок, по оценке канцелярии директора, обойдутся в $2 млн.\n"
        self.assertEqual(quotes(text), [])


class AgencyLeadTests(SimpleTestCase):
    """ "ИНТЕРФАКС-АЗЕРБАЙДЖАН - ": an agency's name before a dash opens the sentence and is no word of the quote, and
    a line in capitals with no dash after it (a headline, a text pasted in capitals) is read as text."""

    HEAD = (
        " date 2025-04-09\n\nПрезидент Эстонии Марта Кыйв провела переговоры с президентом Монголии Батбаяром "
        "Очиром в Таллине.\n\n"
    )

    def test_the_agency_lead_is_left_out_of_the_reported_clause(self):
        text = self.HEAD + (
            "ЭСТИ ПРЕСС-ИНФОРМ - Марта Кыйв заявила, что Эстония готова открыть прямой рейс в Улан-Батор.\n"
        )
        self.assertIn(("Марта Кыйв", "Эстония готова открыть прямой рейс в Улан-Батор"), quotes(text))

    def test_a_text_in_capitals_is_read(self):
        # Forty words in capitals and no dash: a pattern that splits such a run every possible way before it fails
        # never returns (and holds the interpreter while it runs), so the reading runs in a child process, which
        # the test waits for far longer than it takes.
        import multiprocessing

        sentence = " ".join(["ДОКУМЕНТЫ ПОДПИСАЛИ МИНИСТРЫ ИНОСТРАННЫХ ДЕЛ ДВУХ СТРАН ПО ИТОГАМ ПЕРЕГОВОРОВ"] * 4)
        text = self.HEAD.upper() + f"МАРТА КЫЙВ ЗАЯВИЛА: «СПАСИБО». {sentence}.\n"
        reader = multiprocessing.get_context("fork").Process(target=suggest_package, args=(text,))
        reader.start()
        reader.join(timeout=60)
        if reader.is_alive():
            reader.kill()
        self.assertEqual(reader.exitcode, 0, "the text in capitals was not read")


class ChronicleFlashTests(SimpleTestCase):
    """ "⚡️Касымалиев: Кыргызстан и Узбекистан ...": a live chronicle's item line, a surname, a colon and what he said,
    with no lead below that tells it again, is his statement; a feed's headline whose lead retells it, the story's
    own headline and a link to another story are not."""

    HEAD = (
        " date 2025-03-12\nВизит премьер-министра Кыргызстана в Ташкент. Онлайн\n\n"
        "Председатель Кабинета министров Кыргызстана Адылбек Касымалиев прибыл в Ташкент, где его встретил "
        "премьер-министр Узбекистана Абдулла Арипов.\n\n"
    )

    def test_an_item_line_with_a_dash_speech_below(self):
        text = self.HEAD + (
            "10:20\n\n⚡️Касымалиев: Кыргызстан и Узбекистан доведут товарооборот до 5 млрд долларов\n\n"
            "— Нужно только убрать барьеры на границе, — сказал глава кабмина.\n"
        )
        found = quotes(text)
        self.assertIn(("Адылбек Касымалиев", "Кыргызстан и Узбекистан доведут товарооборот до 5 млрд долларов"), found)
        self.assertIn(("Адылбек Касымалиев", "Нужно только убрать барьеры на границе"), found)

    def test_a_headline_retold_by_its_lead(self):
        text = self.HEAD + (
            "Арипов: Ташкент готов участвовать в строительстве ГЭС\n12 марта 2025 года 11:40\n\n"
            "ТАШКЕНТ, 12 марта — РИА Новости. Узбекистан готов войти в проект строительства гидроэлектростанции на "
            "реке Нарын, заявил Абдулла Арипов журналистам после переговоров.\n"
        )
        found = quotes(text)
        self.assertNotIn(("Абдулла Арипов", "Ташкент готов участвовать в строительстве ГЭС"), found)
        self.assertIn(
            ("Абдулла Арипов", "Узбекистан готов войти в проект строительства гидроэлектростанции на реке Нарын"),
            found,
        )

    def test_an_item_headline_with_its_speaker_after_a_comma(self):
        # a feed's item headline sums up its lead in short ("..., сообщил X"): the lead's words are the quote
        text = self.HEAD + (
            "11:05\nПереговоры премьеров затянулись до обеда, сообщил Шаршенов\n\n"
            "ТАШКЕНТ, 12 марта — РИА Новости. Переговоры премьеров в узком составе затянулись до обеда вместо "
            "отведенного часа, сообщил журналистам пресс-секретарь кабмина Кыргызстана Нурлан Шаршенов.\n"
        )
        found = quotes(text)
        self.assertNotIn(("Нурлан Шаршенов", "Переговоры премьеров затянулись до обеда"), found)
        self.assertIn(
            (
                "Нурлан Шаршенов",
                "Переговоры премьеров в узком составе затянулись до обеда вместо отведенного часа",
            ),
            found,
        )

    def test_a_link_to_another_story(self):
        text = self.HEAD + (
            "Стороны подписали соглашение о транзите.\n\nЧитайте также:\n"
            "Министр Касымалиев: Бишкек не повысит тарифы на воду\nЭкспорт угля вырос на треть\n"
        )
        self.assertEqual(quotes(text), [])


class BareSpeakerTitleTests(SimpleTestCase):
    """ "Спикер отметил, что ...": a chamber's chair named again by the bare office; a ministry's "спикер" is its
    spokesman, who takes no part."""

    HEAD = (
        " date 2025-02-20\n\nПредседатель Сената Казахстана Аскар Жумагалиев провел переговоры со Спикером Парламента "
        "Малайзии Абдуллой Разаком. Абдулла Разак поблагодарил казахстанскую сторону за приглашение.\n\n"
    )

    def test_the_speaker_named_again(self):
        text = self.HEAD + "Спикер отметил, что малайзийские компании готовы вложиться в переработку зерна.\n"
        self.assertIn(("Абдулла Разак", "малайзийские компании готовы вложиться в переработку зерна"), quotes(text))

    def test_a_ministry_spokesman(self):
        text = self.HEAD + "Спикер МИД Казахстана отметил, что визит готовился больше года.\n"
        self.assertEqual(quotes(text), [])


class BoldQuestionInterviewTests(SimpleTestCase):
    """An interview whose questions are set in bold ("**Что вы обсудили?**") and whose answers carry no label and
    no dash: the answers are the words of the one the lead says was interviewed."""

    def test_answers_under_bold_questions(self):
        text = (
            " date 2025-06-05\nГлава Минэнерго Ганы: мы ждём узбекских инженеров\n\n"
            "ТАШКЕНТ, 5 июня (УзА) – Гана хочет перенять опыт Узбекистана в солнечной энергетике. Об этом в интервью "
            "корреспонденту УзА рассказал министр энергетики Ганы Джон Асанте Боатенг.\n\n"
            "**Господин министр, что вы увидели в Узбекистане?**\n\n"
            "Мы побывали на двух солнечных станциях в Самаркандской области. Меня удивило, как быстро их построили.\n"
            "\n"
            "**Что дальше?**\n\n"
            "Осенью наши инженеры приедут на стажировку в Ташкент, а к концу года мы подготовим первый проект.\n"
        )
        found = quotes(text)
        self.assertIn(
            (
                "Джон Асанте Боатенг",
                "Мы побывали на двух солнечных станциях в Самаркандской области. Меня удивило, как быстро их "
                "построили.",
            ),
            found,
        )
        self.assertIn(
            (
                "Джон Асанте Боатенг",
                "Осенью наши инженеры приедут на стажировку в Ташкент, а к концу года мы подготовим первый проект.",
            ),
            found,
        )


class AboutThisAfterALongCircumstanceTests(SimpleTestCase):
    """ "... . Об этом в интервью агентству по итогам рабочего визита в Казахстан заявил министр X": the statement
    before is his, however many words of circumstance stand before the verb."""

    def test_a_long_circumstance(self):
        text = (
            " date 2025-03-03\n\nАСТАНА, 3 марта. /Казинформ/. Словакия намерена открыть прямое авиасообщение с "
            "Астаной. Об этом в интервью Казинформу по итогам рабочего визита в Казахстан заявил министр транспорта "
            "Словакии Иван Мартинек.\n"
        )
        self.assertIn(("Иван Мартинек", "Словакия намерена открыть прямое авиасообщение с Астаной"), quotes(text))


class ParliamentNameOfTwoWordsTests(SimpleTestCase):
    """ "Председатель Маджлиси намояндагон Маджлиси Оли Республики Таджикистан X": the second word of the
    parliament's name is no person, and the chair after it is."""

    def test_majlisi_oli(self):
        text = (
            " date 2025-04-10\n\nПредседатель Маджлиси намояндагон Маджлиси Оли Республики Таджикистан Рустам "
            "Саидзода встретился с Председателем Сейма Латвии Айгарсом Берзиньшем. Рустам Саидзода отметил, что "
            "парламенты двух стран готовы обмениваться делегациями.\n"
        )
        self.assertNotIn("Оли", people(text))
        self.assertEqual(people(text).get("Рустам Саидзода"), "TJ")
        self.assertIn(("Рустам Саидзода", "парламенты двух стран готовы обмениваться делегациями"), quotes(text))


class FathersSurnameAloneTests(SimpleTestCase):
    """ "Хуан Ибарра Кинтеро", then "Ибарра": a Spanish or Portuguese name's first surname, the father's, names
    the person alone."""

    def test_the_first_surname_alone(self):
        text = (
            " date 2025-10-02\n\nПремьер-министр Беларуси Андрей Кравцов провёл переговоры с министром экономики "
            "Перу Хуаном Ибаррой Кинтеро.\n\n"
            "10:40\n\n⚡️Ибарра: Перу готово закупать белорусские грузовики\n\n"
            "Стороны обсудили поставки калийных удобрений.\n"
        )
        self.assertIn(("Хуан Ибарра Кинтеро", "Перу готово закупать белорусские грузовики"), quotes(text))


class FirstNameReadAsAPlaceTests(SimpleTestCase):
    """ "с министром ... Викторией Эспиносой Ларраин": a first name the dictionary also knows as a place, in the
    case of the surname after it, opens the name; a place's name before a name stands in a case of its own."""

    def test_a_first_name_in_the_surnames_case(self):
        text = (
            " date 2025-09-09\n\nАким Павлодарской области Ерлан Касымов встретился с министром культуры Чили "
            "Викторией Эспиносой Ларраин. Виктория Эспиноса отметила, что чилийские музеи готовы принять выставку "
            "казахстанских мастеров.\n"
        )
        self.assertEqual(people(text).get("Виктория Эспиноса Ларраин"), "CL")
        self.assertIn(
            ("Виктория Эспиноса Ларраин", "чилийские музеи готовы принять выставку казахстанских мастеров"),
            quotes(text),
        )

    def test_a_first_name_the_dictionary_reads_first_as_a_place(self):
        text = (
            " date 2025-09-09\n\nАким области встретился с министром энергетики Чили Каролиной Сепульведой "
            "Ортис. Каролина Сепульведа отметила, что Чили ищет партнеров в производстве водорода.\n"
        )
        self.assertEqual(people(text).get("Каролина Сепульведа Ортис"), "CL")


class RussianFieldVocabularyTests(SimpleTestCase):
    """The Russian field words cover the terms of art of a field, not only its headword."""

    def test_terms_of_art_name_the_field(self):
        from relations_plugin.extraction.russian import _ru_sphere

        self.assertEqual(_ru_sphere("Меморандум о создании тепличного хозяйства"), "agriculture")
        self.assertEqual(_ru_sphere("Соглашение о контртеррористическом взаимодействии"), "security")
        self.assertEqual(_ru_sphere("Меморандум о сотрудничестве в области квантовых вычислений"), "science")
        self.assertEqual(_ru_sphere("Соглашение о паромах между портами"), "transport")
        self.assertEqual(_ru_sphere("План межпартийного сотрудничества на пять лет"), "political")


class StateAgencyEpithetTests(SimpleTestCase):
    """A Central Asian agency's styles: an epithet of common nouns before the leader's title ("Объединитель ... –
    Лидер нации, Президент ..."), "уважаемый" between a title and a name, and a confederation's title."""

    TEXT = (
        " date 2025-06-03\n\nПереговоры Объединителя земель и духовного наследия – Лидера нации, Президента "
        "Кыргызской Республики уважаемого Темира Асанова с Президентом Швейцарской Конфедерации уважаемым Беатом "
        "Ланцем\n\n"
        "БИШКЕК, 03.06.2025. Как сообщает пресс-служба Президента Кыргызской Республики, после церемонии встречи "
        "Объединитель земель и духовного наследия – Лидер нации, Президент Кыргызской Республики уважаемый Темир "
        "Асанов и Президент Швейцарской Конфедерации уважаемый Беат Ланц провели переговоры.\n\n"
        "Лидер нации выразил уверенность в том, что визит откроет новую страницу в отношениях двух стран.\n\n"
        "Президент Швейцарии отметил интерес швейцарских банков к проектам в горной энергетике.\n"
    )

    def test_the_guest_after_a_confederations_title_and_an_honorific(self):
        self.assertEqual(people(self.TEXT), {"Темир Асанов": "KG", "Беат Ланц": "CH"})

    def test_the_leader_of_the_nation_and_the_guests_title(self):
        self.assertEqual(
            quotes(self.TEXT),
            [
                ("Темир Асанов", "визит откроет новую страницу в отношениях двух стран"),
                ("Беат Ланц", "интерес швейцарских банков к проектам в горной энергетике"),
            ],
        )


class AsToldMidSentenceTests(SimpleTestCase):
    """ "Всего, как сообщил журналистам официальный представитель ... Халед эт-Тамими, было подписано ...": a long
    attribution inside the sentence, an Arabic name's article as its letter sounds ("эт-"), and a connective
    before the attribution that is the writer's, not a piece of the words."""

    TEXT = (
        " date 2025-03-12\n\nПрезидент Словакии Мартин Ковач провел в Аммане переговоры с премьер-министром Иордании "
        "Самиром Хаддадом. Всего, как сообщил журналистам официальный представитель иорданского правительства Халед "
        "эт-Тамими, было подписано пять документов. Вместе с тем, как уточнил Ковач, договор о воздушном сообщении "
        "еще готовится. Протокол, как добавил Ковач, вступит в силу летом.\n"
    )

    def test_the_spokesman_with_the_arabic_article(self):
        self.assertEqual(people(self.TEXT).get("Халед эт-Тамими"), "JO")

    def test_the_connective_is_the_writers_and_a_subject_is_the_speakers(self):
        self.assertEqual(
            quotes(self.TEXT),
            [
                ("Халед эт-Тамими", "было подписано пять документов"),
                ("Мартин Ковач", "договор о воздушном сообщении еще готовится"),
                ("Мартин Ковач", "Протокол"),
                ("Мартин Ковач", "вступит в силу летом"),
            ],
        )


class MarksThenRelativeClauseTests(SimpleTestCase):
    """ "напомнил, что связи «выросли из общей борьбы ...», символом которой стал ...": the speaker's marked words
    close the clause and the relative clause after them is the writer's; after a name in marks the words go on."""

    TEXT = (
        " date 2025-05-14\n\nПрезидент Ганы Кофи Асанте провел переговоры с Президентом Латвии Андрисом Калниньшем. "
        "Асанте напомнил, что связи двух народов «выросли из общей борьбы за свободу», символом которой стал мост "
        "в Аккре. Калниньш отметил, что стороны готовятся к форуму «Африка – Балтия», который пройдет в Риге "
        "осенью.\n"
    )

    def test_the_writers_relative_clause_after_the_speakers_marks(self):
        self.assertIn(("Кофи Асанте", "связи двух народов «выросли из общей борьбы за свободу»"), quotes(self.TEXT))

    def test_a_relative_clause_after_a_name_in_marks_goes_on(self):
        self.assertIn(
            ("Андрис Калниньш", "стороны готовятся к форуму «Африка – Балтия», который пройдет в Риге осенью"),
            quotes(self.TEXT),
        )


class ManByHisVerbTests(SimpleTestCase):
    """ "Вукович прибыл в Дакар": a man's past verb after the name tells a man, though the dictionary reads the
    first name ("Милойша") as a woman's; "Он сообщил" then goes to him."""

    def test_he_is_the_man_the_verb_told(self):
        text = (
            " date 2025-02-20\n\nПрезидент Черногории Милойша Вукович провел в Дакаре переговоры с президентом "
            "Сенегала Амаду Диопом.\n\n«Черногория для нас — надежный партнер на Адриатике», — сказал Диоп.\n\n"
            "Вукович прибыл в Дакар накануне. «Наши порты готовы принимать сенегальские грузы», — заявил "
            "черногорский лидер.\n\nОн сообщил, что стороны договорились открыть прямую морскую линию.\n"
        )
        self.assertIn(("Милойша Вукович", "стороны договорились открыть прямую морскую линию"), quotes(text))


class ByHisDataTests(SimpleTestCase):
    """ "По его данным, ...": the figures a named speaker gives are his reported words, as "по его словам" are;
    after an unnamed source they are the source's."""

    def test_his_figures(self):
        text = (
            " date 2025-11-04\n\nМинистр сельского хозяйства Беларуси Олег Жданович провел в Асунсьоне переговоры с "
            "министром Парагвая Карлосом Бенитесом. Жданович сообщил, что стороны обсудили поставки тракторов. По "
            "его данным, экспорт белорусской техники в Парагвай за год вырос вдвое.\n"
        )
        self.assertIn(("Олег Жданович", "экспорт белорусской техники в Парагвай за год вырос вдвое"), quotes(text))

    def test_an_unnamed_sources_figures(self):
        text = (
            " date 2025-11-04\n\nМинистр сельского хозяйства Беларуси Олег Жданович провел в Асунсьоне переговоры с "
            "министром Парагвая Карлосом Бенитесом. Стороны подписали меморандум, сообщил источник в делегации. По "
            "его данным, экспорт белорусской техники в Парагвай за год вырос вдвое.\n"
        )
        self.assertEqual(quotes(text), [])


class TradeOfficeHeadTests(SimpleTestCase):
    """A trade office's head the story names but does not take for a participant: his "— сказал он" is not the
    leader's; and a headline's marked phrase lifted from the body in its own case is the body's quote once."""

    TEXT = (
        " date 2025-09-16\n\nПрезидент Перу назвал Японию «надежным союзником» в энергетике\n\n"
        "ЛИМА, 16 сентября. Премьер-министр Японии Сигэру Коно провел переговоры с президентом Перу "
        "Хорхе Сальдиваром.\n\n«Япония — надежный союзник Перу в Азии», — сказал Сальдивар.\n\n"
        "Коно, в свою очередь, заявил, что Япония готова вложить средства в перуанские порты.\n\n"
        "Глава представительства Японской внешнеторговой организации (JETRO) в Лиме Тэцуя Сибуя отметил, что "
        "японский бизнес смотрит на Перу с интересом. «Нашим компаниям нужна ясность в налогах», — сказал он.\n"
    )

    def test_the_trade_office_heads_words_are_not_the_leaders(self):
        self.assertNotIn(("Сигэру Коно", "Нашим компаниям нужна ясность в налогах"), quotes(self.TEXT))

    def test_the_headlines_phrase_is_the_bodys_quote(self):
        self.assertEqual(
            quotes(self.TEXT),
            [
                ("Хорхе Сальдивар", "Япония — надежный союзник Перу в Азии"),
                ("Сигэру Коно", "Япония готова вложить средства в перуанские порты"),
            ],
        )


class LatinCompanyCountryTests(SimpleTestCase):
    """ "управляющий директор Pakistan LNG Limited Имран Шафик": a company named in Latin letters carries its
    country, which is the signatory's side."""

    def test_the_country_in_the_companys_latin_name(self):
        text = (
            " date 2025-07-08\n\nПрезидент Грузии Леван Киладзе провел в Тбилиси переговоры с президентом Кении "
            "Джозефом Оруко.\n\n«Соглашение между Грузинской чайной компанией (GTC) и компанией Kenya Tea Packers "
            "Limited о поставках чая» подписали президент GTC Давит Беридзе и управляющий директор Kenya Tea Packers "
            "Limited Джеймс Мванги.\n"
        )
        self.assertEqual(people(text).get("Джеймс Мванги"), "KE")


class DashInsideDialogueTests(SimpleTestCase):
    """ "— ... в портах — в Котке, в Турку, — сказал он. — ...": a dash of the words before the attribution's own
    pair of dashes; and "его гость" is the guest named before, not his president mentioned further down."""

    TEXT = (
        " date 2025-03-11\n\nОфициальный визит премьер-министра Перу Хорхе Вальдеса в Финляндию начался 10 марта. "
        "Переговоры прошли с премьер-министром Финляндии Антти Лейноненом.\n\n"
        "Открывая встречу, Антти Лейнонен напомнил, что торговля двух стран выросла на треть.\n\n"
        "— Мы видим интерес перуанских компаний к нашим портам — в Котке, в Турку, в Хамине, — сказал он. — Наша "
        "задача — дать им надежную логистику.\n\n"
        "Его гость, в свою очередь, назвал Финляндию «северным окном» для перуанского экспорта.\n\n"
        "Как напоминает эксперт Пекка Ниеми, в январе в Хельсинки побывал президент Перу Рауль Кастаньеда.\n"
    )

    def test_the_words_around_the_attribution_are_one_speakers(self):
        found = quotes(self.TEXT)
        self.assertIn(
            ("Антти Лейнонен", "Мы видим интерес перуанских компаний к нашим портам — в Котке, в Турку, в Хамине"),
            found,
        )
        self.assertIn(("Антти Лейнонен", "Наша задача — дать им надежную логистику."), found)

    def test_his_guest_is_the_guest_named_before(self):
        self.assertIn(("Хорхе Вальдес", "северным окном"), quotes(self.TEXT))


class CouncilOfMinistersChairTests(SimpleTestCase):
    """ "председатель Совета министров Италии": a head of government by that title, named again as "премьер"."""

    TEXT = (
        " date 2024-02-06\n\nПрезидент Армении Давид Оганян 5 февраля провел в Риме переговоры с председателем "
        "Совета министров Италии Лаурой Бьянки.\n\n"
        "«Армения для нас — мост на Южный Кавказ. Мы готовы вкладывать в ее дороги», — заявила итальянский "
        "премьер.\n"
    )

    def test_the_chair_is_italys_head_of_government(self):
        found = {p.name: (p.country, p.role) for p in suggest_package(self.TEXT).participants}
        self.assertEqual(found.get("Лаура Бьянки"), ("IT", "head_of_government"))

    def test_her_words_under_the_short_title(self):
        self.assertIn(
            ("Лаура Бьянки", "Армения для нас — мост на Южный Кавказ. Мы готовы вкладывать в ее дороги"),
            quotes(self.TEXT),
        )


class MonarchTests(SimpleTestCase):
    """ "— подчеркнул монарх": the king of the story, not the president beside him."""

    def test_the_monarch_is_the_king(self):
        text = (
            " date 2024-09-10\n\nКороль Таиланда Прача Сиривонг находится в Таджикистане с официальным визитом. "
            "Президент Таджикистана Фарход Назаров встретил гостя в аэропорту.\n\n"
            "Фарход Назаров отметил, что это первый визит короля в республику.\n\n"
            "«Наши горы похожи, и наши народы умеют беречь воду», — подчеркнул монарх.\n"
        )
        self.assertIn(("Прача Сиривонг", "Наши горы похожи, и наши народы умеют беречь воду"), quotes(text))


class WritersClauseBeforeAsSaidTests(SimpleTestCase):
    """ "A, однако, как признал X, B": the clause before the conjunction is the writer's, B is X's."""

    def test_only_the_words_after_the_parenthesis(self):
        text = (
            " date 2024-04-03\n\nМинистр экономики Латвии Инга Озола провела в Сантьяго переговоры с министром "
            "экономики Чили Хорхе Наварро.\n\n"
            "Меморандум о торговле был подписан еще в 2017 году, однако, как признал Наварро, обмен товарами растет "
            "медленно.\n"
        )
        self.assertEqual(quotes(text), [("Хорхе Наварро", "обмен товарами растет медленно")])


class SignatoryMinistryInBracketsTests(SimpleTestCase):
    """ "Меморандум ... – Р. Нуралиев (Минтранс РТ) и Б. Мохаджери (Министерство дорог Ирана)": signatories named by
    initials, each with his ministry in brackets, are officials of the side it names."""

    TEXT = (
        " date 2024-10-15\n\nДушанбе. 15 октября. Премьер-министр Таджикистана Бахтовар Муродзода провел "
        "переговоры с первым вице-президентом Ирана Аббасом Шахрияри.\n\n"
        "По итогам переговоров подписаны:\n\n"
        "1. Меморандум о сотрудничестве в области автомобильных дорог – Р. Нуралиев (Минтранс РТ) и Б. Мохаджери "
        "(Министерство дорог Ирана);\n"
        "2. Программа сотрудничества в области культуры.\n"
    )

    def test_each_signatory_with_his_side(self):
        found = people(self.TEXT)
        self.assertEqual(found.get("Нуралиев"), "TJ")
        self.assertEqual(found.get("Мохаджери"), "IR")


class TajikSurnameTests(SimpleTestCase):
    """ "министра финансов Таджикистана Фирдавса Амирзода": a "-зода" surname does not decline."""

    def test_the_surname_keeps_its_ending(self):
        text = (
            " date 2024-10-15\n\nПо словам министра финансов Таджикистана Фирдавса Амирзода, бюджет на следующий год "
            "предусматривает рост расходов на образование.\n"
        )
        self.assertIn("Фирдавс Амирзода", people(text))


class AnotherSourceAfterConjunctionTests(SimpleTestCase):
    """ "Как сообщил X, A, хотя, по словам участников переговоров, B": B is another source's, not X's."""

    def test_the_clause_ends_before_the_other_source(self):
        text = (
            " date 2024-05-21\n\nМинистр торговли Сербии Драган Илич провел в Ханое переговоры с министром "
            "промышленности и торговли Вьетнама Нгуеном Ван Тханем.\n\n"
            "Как сообщил Илич, стороны рассчитывают подписать соглашение о торговле до конца года, хотя, по словам "
            "участников переговоров, вопрос о пошлинах на рис пока открыт.\n"
        )
        self.assertEqual(
            quotes(text), [("Драган Илич", "стороны рассчитывают подписать соглашение о торговле до конца года")]
        )


class CompanyPresidentTests(SimpleTestCase):
    """ "президент ГТК", "президент SOCAR": a company's president, not a head of state; his side is the one
    the company's full name carries."""

    def test_a_company_president_is_no_head_of_state(self):
        text = (
            " date 2024-03-19\n\nПрезидент России Олег Веденеев провел в Ташкенте переговоры с президентом "
            "Узбекистана Шавкатом Рустамовым.\n\n"
            "Президент ГТК Игорь Сомов назвал Узбекистан «ключевым рынком для компании».\n"
        )
        roles = {p.name: p.role for p in suggest_package(text).participants}
        self.assertNotEqual(roles.get("Игорь Сомов"), "head_of_state")
        self.assertEqual(roles.get("Шавкат Рустамов"), "head_of_state")

    def test_the_side_from_the_companys_full_name(self):
        text = (
            " date 2024-03-19\n\nПрезидент Грузии Леван Квиташвили провел в Джакарте переговоры с президентом "
            "Индонезии Бамбангом Сукарно.\n\n"
            "«Меморандум между Грузинской железной дорогой (GRW) и компанией PT Kereta Nusantara» подписали "
            "президент GRW Давид Мчедлишвили и генеральный директор Kereta Nusantara Агус Прасетьо.\n"
        )
        found = {p.name: (p.country, p.role) for p in suggest_package(text).participants}
        self.assertEqual(found.get("Давид Мчедлишвили"), ("GE", "official"))
        self.assertEqual(found.get("Агус Прасетьо"), ("ID", "official"))


class BusinessPressTests(SimpleTestCase):
    """The business papers' ways: a dialogue's dash set close after the comma, a reply to a question set between
    the speaker and the verb, the writer's own figures or the speaker's refusal after the words, the consultants
    and think tanks a paper asks about the visit, a king named by his crown beside a president."""

    HEAD = (
        " date 2024-10-02\n\nПрезидент Словении Матей Главан 1–2 октября провел в Ереване переговоры с президентом "
        "Армении Тиграном Аветисяном.\n\n"
    )

    def test_a_dialogue_dash_set_close_after_the_comma(self):
        text = self.HEAD + (
            "— Мы не спешим, и это правильно,— ответил г-н Главан.— Рынок сам покажет, какие маршруты нужны.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Матей Главан", "Мы не спешим, и это правильно"),
                ("Матей Главан", "Рынок сам покажет, какие маршруты нужны."),
            ],
        )

    def test_an_answer_to_a_question_between_the_speaker_and_the_verb(self):
        text = self.HEAD + (
            "Г-н Аветисян, отвечая на вопрос, сохранятся ли пошлины на вино, заметил, что правительство готово "
            "их пересмотреть.\n"
        )
        self.assertEqual(quotes(text), [("Тигран Аветисян", "правительство готово их пересмотреть")])

    def test_the_writers_figures_after_a_colon_are_not_the_speakers(self):
        text = self.HEAD + (
            "Г-н Главан напомнил, что Словения остается важным инвестором в армянскую энергетику: по данным "
            "Центробанка, вложения за год выросли на треть.\n"
        )
        said = "Словения остается важным инвестором в армянскую энергетику"
        self.assertEqual(quotes(text), [("Матей Главан", said)])

    def test_a_refusal_after_the_words_is_the_writers(self):
        text = self.HEAD + (
            "Г-н Аветисян сообщил, что стороны обсудили поставки оборудования, однако от комментариев отказался.\n"
        )
        self.assertEqual(quotes(text), [("Тигран Аветисян", "стороны обсудили поставки оборудования")])

    def test_consultants_and_think_tanks_are_no_participants(self):
        text = (
            " date 2024-10-02\n\nМинистр энергетики Словении Матей Главан провел в Ереване переговоры с министром "
            "экономики Армении Тиграном Аветисяном.\n\n"
            "Партнер консалтинговой компании «Кавказ Стратегия» Ирина Болдырева считает, что сделка выгодна "
            "обеим сторонам. Директор программ Европейского института политики Янез Крайнц полагает, что визит "
            "прежде всего символический.\n"
        )
        self.assertEqual(quotes(text), [])
        self.assertNotIn("Ирина Болдырева", people(text))
        self.assertNotIn("Янез Крайнц", people(text))

    def test_the_one_met_is_not_the_speaker(self):
        text = self.HEAD + (
            "Президент Армении в ходе встречи с Главаном назвал новую линию электропередачи «проектом поколения».\n"
        )
        self.assertEqual(quotes(text), [("Тигран Аветисян", "проектом поколения")])

    def test_the_king_beside_a_president(self):
        text = (
            " date 2024-10-02\n\nКороль Иордании Хасан бин Талал провел в Москве переговоры с президентом России "
            "Глебом Стародубцевым.\n\n"
            "«Иордания — наш давний партнер»,— сказал Стародубцев. Король, в свою очередь, заявил, что его страна "
            "готова принять российских туристов.\n"
        )
        self.assertIn(("Хасан бин Талал", "его страна готова принять российских туристов"), quotes(text))


class AgencyStatementHeadingTests(SimpleTestCase):
    """ "Агентство представляет заявление Президента ...:" over a statement set out line by line under a dash: each
    line is the named leader's, up to the next heading; a welcome and thanks closing it are his too."""

    def test_the_statement_under_an_agencys_heading(self):
        text = (
            " date 2024-05-14\n\nЛидеры Грузии и Эстонии выступили с заявлениями для прессы\n\n"
            "Тбилиси, 14 мая /Вестник/\n\n"
            "Президент Грузии Нико Беридзе встретил премьер-министра Эстонии Кайю Таммик.\n\n"
            "Вестник представляет заявление Президента Нико Беридзе:\n\n"
            "- Уважаемая госпожа премьер-министр!\n\n"
            "Мы обсудили транзит через Черное море. Грузия готова стать мостом для эстонских компаний.\n\n"
            "Госпожа премьер-министр, еще раз добро пожаловать в Грузию! Спасибо.\n\n"
            "Вестник представляет заявление премьер-министра Кайи Таммик:\n\n"
            "- Благодарю Вас, господин Президент.\n\n"
            "Эстония поддерживает путь Грузии в Европу, и мы будем делиться опытом цифровых реформ.\n\n"
            "Напомним, что это первый визит премьер-министра Эстонии в Грузию.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Нико Беридзе", "Уважаемая госпожа премьер-министр!"),
                (
                    "Нико Беридзе",
                    "Мы обсудили транзит через Черное море. Грузия готова стать мостом для эстонских компаний.",
                ),
                ("Нико Беридзе", "Госпожа премьер-министр, еще раз добро пожаловать в Грузию! Спасибо."),
                ("Кайя Таммик", "Благодарю Вас, господин Президент."),
                (
                    "Кайя Таммик",
                    "Эстония поддерживает путь Грузии в Европу, и мы будем делиться опытом цифровых реформ.",
                ),
            ],
        )


class ParticipantCountryCueTests(SimpleTestCase):
    """Where a named official's country is read from: not from a country of another person's clause."""

    def test_an_unqualified_head_of_state_in_agency_copy_is_its_own(self):
        text = (
            " date 2024-02-14\n\nАСТАНА. КАЗИНФОРМ — Министр иностранных дел Казахстана Ерлан Сагинтаев провел "
            "переговоры с Министром иностранных дел Туркменистана Мурадом Гельдыевым.\n\n"
            "В тот же день Министр иностранных дел Туркменистана был принят Главой государства Касымом Джумабаевым.\n"
        )
        self.assertEqual(people(text).get("Касым Джумабаев"), "KZ")

    def test_a_country_before_the_comma_of_a_reporting_clause_is_not_the_officials(self):
        text = (
            " date 2024-05-08\n\nИндия и Россия обсудили поставки нефти\n\nСтороны обсудили долгосрочные поставки "
            "нефти. Это произошло в среду во время визита в Москву министра энергетики Индии Арджуна Шармы, сообщили "
            "в аппарате вице-премьера Олега Веденеева.\n"
        )
        self.assertEqual(people(text).get("Олег Веденеев"), "RU")

    def test_a_company_whose_name_runs_a_state_into_it_is_that_states(self):
        text = (
            " date 2025-10-08\n\nПрезидент Молдовы Ион Чебан провел в Баку переговоры с президентом Азербайджана "
            "Ильгаром Мамедли.\n\n"
            "Газовый контракт подписали глава SOCAR Фарид Алиев и гендиректор «Молдовагаза» Вадим Чеботарь.\n"
        )
        found = people(text)
        self.assertEqual(found.get("Вадим Чеботарь"), "MD")
        self.assertEqual(found.get("Фарид Алиев"), "AZ")


class InflectedLastSyllableTests(SimpleTestCase):
    """An East Asian name of three syllables in an oblique case: only its last syllable takes the ending."""

    def test_the_declined_last_syllable_stays_in_the_name(self):
        text = (
            " date 2025-03-11\n\nПрезидент Казахстана Аскар Нурпеисов провел переговоры с премьер-министром "
            "Республики Корея Пак Чжун Хваном, который прибыл в Астану с официальным визитом.\n\n"
            "«Мы открываем новые рейсы», – сказал Пак Чжун Хван.\n"
        )
        self.assertEqual(people(text).get("Пак Чжун Хван"), "KR")
        self.assertIn(("Пак Чжун Хван", "Мы открываем новые рейсы"), quotes(text))


class HyphenInnerAttributionTests(SimpleTestCase):
    """Copy typed with spaced hyphens for dashes: an attribution inside the marks splits the words the same way."""

    def test_the_words_around_a_hyphenated_attribution(self):
        text = (
            " date 2025-06-02\n\nПремьер-министр Армении Гурген Варданян провел переговоры с премьер-министром "
            "Хорватии Иво Маричем.\n\n"
            '"Мы обсудили паромное сообщение, - заявил Варданян на брифинге. - Хорватия - наш надежный партнер".\n'
        )
        found = quotes(text)
        self.assertIn(("Гурген Варданян", "Мы обсудили паромное сообщение"), found)
        self.assertIn(("Гурген Варданян", "Хорватия - наш надежный партнер"), found)


class PluralStateNameTests(SimpleTestCase):
    """A plural noun after an agreeing plural adjective ends a state's name and names no one."""

    def test_the_emirates_are_no_participant(self):
        text = (
            " date 2025-06-02\n\nМинистр иностранных дел Сербии Драган Илич провел переговоры с министром "
            "экономики Объединенных Арабских Эмиратов Абдуллой бин Тахиром Аль Фалахи.\n\n"
            '"Мы ждем инвесторов", - сказал Абдулла бин Тахир Аль Фалахи.\n'
        )
        names = people(text)
        self.assertNotIn("Эмиратов", names)
        self.assertIn(("Абдулла бин Тахир Аль Фалахи", "Мы ждем инвесторов"), quotes(text))


class OneWordVerdictTests(SimpleTestCase):
    """One lower-case word a participant called something by is his marked phrase; a one-word name is not."""

    HEAD = (
        " date 2025-06-02\n\nПрезидент Чили Рауль Фигероа провел переговоры с премьер-министром Норвегии "
        "Эйнаром Хольмом.\n\n"
    )

    def test_a_one_word_verdict_and_the_next_marks_of_the_same_sentence(self):
        text = self.HEAD + (
            "Хольм, в свою очередь, назвал переговоры «плодотворными» и поблагодарил хозяев за «по-северному "
            "сердечное гостеприимство».\n"
        )
        found = quotes(text)
        self.assertIn(("Эйнар Хольм", "плодотворными"), found)
        self.assertIn(("Эйнар Хольм", "по-северному сердечное гостеприимство"), found)

    def test_a_one_word_name_in_marks_is_no_quote(self):
        text = self.HEAD + "Фигероа назвал новый ледокол «Андес».\n"
        self.assertEqual(quotes(text), [])


class OwnLeaderNamedInTheLeadTests(SimpleTestCase):
    """A press service's headline names only the counterpart; its own leader, named in the lead by name alone, is
    the one its copy calls "Глава государства", even abroad."""

    def test_the_head_of_state_of_the_copy_is_the_guest_named_by_name_alone(self):
        text = (
            " date 2025-03-04\n\nПереговоры с Президентом Перу Хорхе Сальдиваром\n\n"
            "4 марта в Лиме состоялись переговоры Арвида Ланге с Президентом Республики Перу Хорхе Сальдиваром.\n\n"
            "Президент Латвии находится в Перу с государственным визитом. Открывая переговоры, Арвид Ланге "
            "поблагодарил перуанского коллегу за приглашение.\n\n"
            "«Мы прилетели через океан не ради протокола. Нам есть что предложить друг другу», — сказал Глава "
            "государства.\n"
        )
        self.assertIn(
            ("Арвид Ланге", "Мы прилетели через океан не ради протокола. Нам есть что предложить друг другу"),
            quotes(text),
        )


class HostToldByTheLeadTests(SimpleTestCase):
    """Where the lead says the guest arrived outweighs a later trip of anyone else to the guest's country."""

    def test_the_host_president_named_without_a_country_is_the_hosts(self):
        text = (
            " date 2025-04-09\n\nПремьер Португалии в Сантьяго: вино, медь и визы\n\n"
            "Премьер-министр Португалии Жуан Фейтейра прибыл в Чили с официальным визитом. В среду он провел "
            "переговоры с президентом Марселой Кинтерос.\n\n"
            "Стороны подписали меморандум о сотрудничестве в горнодобывающей отрасли.\n\n"
            "Чилийским предпринимателям для поездки в Португалию по-прежнему нужна виза.\n"
        )
        self.assertEqual(people(text).get("Марсела Кинтерос"), "CL")


class ReflexiveNextActTests(SimpleTestCase):
    """ ", и высказался за ..." after a reported clause is the speaker's next act, not part of what he reported."""

    HEAD = (
        " date 2025-05-14\n\nПрезидент Ганы Джон Аду провел переговоры с премьер-министром Исландии Гюдрун "
        "Эйнарсдоттир.\n\n"
    )

    def test_the_clause_ends_before_a_reflexive_verb_set_off_by_a_comma(self):
        text = self.HEAD + (
            "Аду отметил, что исландские геотермальные технологии уже помогли трем регионам страны, и "
            "высказался за обмен студентами.\n"
        )
        self.assertIn(
            ("Джон Аду", "исландские геотермальные технологии уже помогли трем регионам страны"), quotes(text)
        )

    def test_a_reflexive_verb_without_a_comma_stays_the_clause_subjects(self):
        text = self.HEAD + "Аду отметил, что экспорт какао вырос на треть и приблизился к рекорду.\n"
        self.assertIn(("Джон Аду", "экспорт какао вырос на треть и приблизился к рекорду"), quotes(text))


class PapersCommentatorTests(SimpleTestCase):
    """A newspaper's commentator who judges the visit is not one of its participants, nor are his words quotes."""

    def test_a_commentators_view_is_no_quote(self):
        text = (
            " date 2025-05-14\n\nПрезидент Ганы Джон Аду провел переговоры с премьер-министром Исландии Гюдрун "
            "Эйнарсдоттир.\n\n"
            "Колумнист рейкьявикской газеты Хальдор Стефанссон считает визит запоздалым. По его мнению, Исландии "
            "стоило открыть посольство в Аккре еще десять лет назад.\n"
        )
        self.assertNotIn("Хальдор Стефанссон", people(text))
        self.assertFalse([q for q in quotes(text) if "посольство" in q[1]])


class PluralTitleNamesInOrderTests(SimpleTestCase):
    """A plural title before two countries and two names ("Президенты Нарнии и Лилипутии A и B"): the names are in
    the order of the countries."""

    def test_each_name_takes_its_country_in_order(self):
        text = (
            " date 2025-09-14 Ташкент. 14 сентября. ИНТЕРФАКС\n\n"
            "Президенты Узбекистана и Казахстана Алишер Тошматов и Нурлан Абаев провели переговоры в Ташкенте.\n\n"
            "Казахстанский президент, в свою очередь, отметил, что стороны уделили особое внимание вопросам "
            "транзита и логистики.\n"
        )
        countries = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(countries.get("Алишер Тошматов"), "UZ")
        self.assertEqual(countries.get("Нурлан Абаев"), "KZ")


class AmountWithCurrencySignTests(SimpleTestCase):
    """ "вырос на 12% и превысил $2,4 млрд": a sum written with its currency sign first is still the amount the
    clause's subject reached, its second verb, and the reported words go on through it."""

    def test_the_second_verb_before_a_dollar_sum_stays_in_the_quote(self):
        text = (
            " date 2025-09-14 Ташкент. 14 сентября. ИНТЕРФАКС\n\n"
            "Президент Нарнии Иван Петров провел переговоры в Ташкенте.\n\n"
            "По словам Петрова, за полгода товарооборот двух стран вырос на 12% и превысил $2,4 млрд.\n"
        )
        self.assertIn(
            ("Иван Петров", "за полгода товарооборот двух стран вырос на 12% и превысил $2,4 млрд"), quotes(text)
        )


class TwoWordStateBeforeNameTests(SimpleTestCase):
    """A state named by an adjective and a noun ("Саудовской Аравии") before a name: both words are the state's, and
    the name opens after them."""

    def test_the_state_noun_is_not_a_first_name(self):
        text = (
            " date 2025-10-02 Москва, 2 октября.\n\n"
            "Министр энергетики Саудовской Аравии Фейсал аль-Мутари провел переговоры с министром энергетики России "
            "Олегом Сафоновым.\n"
        )
        found = people(text)
        self.assertIn("Фейсал аль-Мутари", found)
        self.assertNotIn("Аравии Фейсал аль-Мутари", found)


class NextOfficeInAListTests(SimpleTestCase):
    """Two officials listed by their offices, the country named only with the first ("с министром финансов Египта А
    и министром торговли Б"): the second is of the same country."""

    def test_the_second_listed_official_shares_the_first_ones_country(self):
        cases = [
            (
                " date 2025-05-14 Москва, 14 мая.\n\n"
                "Переговоры российского министра с министром финансов Египта Ахмедом Саидом и министром торговли "
                "Халедом аль-Масри прошли в среду.\n",
                "Халед аль-Масри",
                "EG",
            ),
            (
                " date 2025-06-03 Москва, 3 июня.\n\n"
                "Глава МИД России Иван Петров встретился с министром иностранных дел Перу Хорхе Руисом и министром "
                "внешней торговли Луисом Пардо.\n",
                "Луис Пардо",
                "PE",
            ),
            (
                " date 2025-07-09 Астана, 9 июля.\n\n"
                "Делегацию возглавили министр энергетики Кении Джон Мванги и министр горнодобывающей промышленности "
                "Питер Очиенг.\n",
                "Питер Очиенг",
                "KE",
            ),
        ]
        for text, name, code in cases:
            with self.subTest(name=name):
                self.assertEqual(people(text).get(name), code)

    def test_a_second_official_after_a_verb_is_not_taken_into_the_list(self):
        text = (
            " date 2025-05-14 Москва, 14 мая.\n\n"
            "Министр финансов Египта Ахмед Саид провел переговоры в Москве, и министр финансов России Олег Сафонов "
            "назвал их успешными.\n"
        )
        self.assertEqual(people(text).get("Олег Сафонов"), "RU")


class OwnHeadOfGovernmentTests(SimpleTestCase):
    """An agency names its own head of government "Глава Правительства" without a country, as it names its own head
    of state "Глава государства"; the guest's is named with his country."""

    def test_the_bare_head_of_government_is_the_agencys_own(self):
        cases = [
            (
                " date 2025-03-04\n\nБЕРЛИН. КАЗИНФОРМ – Премьер-министр Республики Казахстан Иван Петров провел "
                "переговоры с Федеральным канцлером ФРГ Клаусом Бергом.\n\n"
                "Глава Правительства отметил, что Германия остается важным партнером Казахстана.\n",
                "Иван Петров",
            ),
            (
                " date 2025-04-11\n\nТАШКЕНТ, 11 апреля. /УзА/. Премьер-министр Узбекистана Рустам Каримов "
                "встретился с премьер-министром Латвии Андрисом Озолсом.\n\n"
                "Глава правительства подчеркнул, что товарооборот двух стран вырос вдвое.\n",
                "Рустам Каримов",
            ),
            (
                " date 2025-05-20\n\nБИШКЕК. Кабар – Председатель Кабинета министров Кыргызской Республики Азамат "
                "Осмонов провел переговоры с премьер-министром Монголии Батом Ганзоригом.\n\n"
                "Глава Правительства сообщил, что стороны договорились открыть прямой авиарейс.\n",
                "Азамат Осмонов",
            ),
        ]
        for text, speaker in cases:
            with self.subTest(speaker=speaker):
                self.assertEqual({s for s, _ in quotes(text)}, {speaker})

    def test_a_head_of_government_named_with_his_country_is_that_countrys(self):
        text = (
            " date 2025-03-04\n\nБЕРЛИН. КАЗИНФОРМ – Премьер-министр Республики Казахстан Иван Петров провел "
            "переговоры с Федеральным канцлером ФРГ Клаусом Бергом.\n\n"
            "Глава правительства ФРГ отметил, что Германия остается важным партнером Казахстана.\n"
        )
        self.assertEqual({s for s, _ in quotes(text)}, {"Клаус Берг"})

    def test_a_story_told_from_the_hosts_city_keeps_the_last_speaker(self):
        text = (
            " date 2025-09-22\n\nПремьер-министр Республики Беларусь Иван Петров прибыл с визитом в Ташкент, где его "
            "встретил Премьер-министр Республики Узбекистан Рустам Каримов.\n\n"
            "«Мы приехали за конкретными решениями», — сказал Иван Петров.\n\n"
            "«Мы готовы расширять совместные производства», — подчеркнул глава Правительства.\n"
        )
        self.assertEqual({s for s, _ in quotes(text)}, {"Иван Петров"})


class Quotes11FamilyNameAsWordTests(SimpleTestCase):
    """An East Asian family name that the dictionary reads as a word ("Ван", "Чан", "Нам"), said alone after the
    story named its holder in full family first, is that person: "— сказал господин Ван" after "Ван Ичэном"; the same
    word with nobody so named is no speaker."""

    LEAD = " date 2025-06-10\n\nАСТАНА. Президент Казахстана Ерлан Абдрахманов провел переговоры с "

    def test_the_family_name_alone_names_its_holder(self):
        cases = [
            ("председателем КНР Ван Ичэном.\n\n«Мы готовы строить дороги», — сказал господин Ван.\n",
             ("Ван Ичэн", "Мы готовы строить дороги")),
            ("президентом Вьетнама Чан Тхи Ха.\n\nЧан подчеркнула, что Вьетнам готов закупать казахстанское "
             "зерно.\n", ("Чан Тхи Ха", "Вьетнам готов закупать казахстанское зерно")),
            ("премьер-министром Республики Корея Нам Гён Хо.\n\n«Корея открыта для инвестиций», — сказал "
             "господин Нам.\n", ("Нам Гён Хо", "Корея открыта для инвестиций")),
        ]  # fmt: skip
        for tail, said in cases:
            with self.subTest(said=said):
                self.assertEqual(quotes(self.LEAD + tail), [said])

    def test_the_word_with_nobody_so_named_is_no_speaker(self):
        text = self.LEAD + "премьер-министром Нидерландов Питером Брандтом.\n\n«Мы открыты», — сказал Ван.\n"
        self.assertEqual(quotes(text), [])
