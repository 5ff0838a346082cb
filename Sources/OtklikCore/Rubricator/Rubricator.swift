/// The rubricator: topic blocks with their subtopics.
public struct Rubricator: Codable, Sendable, Equatable {
    public var blocks: [TopicBlock]
    public var topics: [Topic]

    public init(blocks: [TopicBlock], topics: [Topic]) {
        self.blocks = blocks
        self.topics = topics
    }

    public func topic(_ id: String) -> Topic? { topics.first { $0.id == id } }
    public func block(_ id: String) -> TopicBlock? { blocks.first { $0.id == id } }

    /// The draft with its topic block filled in from its topic, when only the topic is given.
    public func completing(_ draft: AppealDraft) -> AppealDraft {
        guard draft.blockId == nil, let topicId = draft.topicId, let topic = topic(topicId) else { return draft }
        var completed = draft
        completed.blockId = topic.blockId
        return completed
    }

    /// The default set: the blocks named in the seed decrees (000 §1.3; 002 Регламент §4; 004 §3.7г),
    /// each with a few common subtopics. An administrator edits it after the first start.
    public static let `default` = Rubricator(
        blocks: [
            TopicBlock(id: "zhkh", name: "ЖКХ"),
            TopicBlock(id: "tko", name: "Обращение с ТКО"),
            TopicBlock(id: "energy", name: "Энергетика (газ, электричество)"),
            TopicBlock(id: "water", name: "Водоснабжение и водоотведение"),
            TopicBlock(id: "education", name: "Образование"),
            TopicBlock(id: "health", name: "Здравоохранение"),
            TopicBlock(id: "roads", name: "Дороги"),
            TopicBlock(id: "transport", name: "Транспорт"),
            TopicBlock(id: "social", name: "Социальная защита"),
            TopicBlock(id: "ecology", name: "Экология"),
            TopicBlock(id: "property", name: "Имущественные и земельные отношения"),
            TopicBlock(id: "economy", name: "Экономика и социальная стабильность"),
            TopicBlock(id: "improvement", name: "Благоустройство"),
        ],
        topics: [
            Topic(id: "zhkh.heating", blockId: "zhkh", name: "Отопление",
                keywords: ["батареи холодные", "отопление", "теплоснабжение", "температура в квартире", "горячая вода"]),
            Topic(id: "zhkh.repair", blockId: "zhkh", name: "Ремонт многоквартирных домов",
                keywords: ["капитальный ремонт", "крыша течёт", "подъезд", "фасад", "лифт не работает", "трещины"]),
            Topic(id: "zhkh.management", blockId: "zhkh", name: "Работа управляющих компаний",
                keywords: ["управляющая компания", "УК", "ТСЖ", "квитанция", "уборка подъезда", "тарифы ЖКУ"]),
            Topic(id: "tko.collection", blockId: "tko", name: "Вывоз мусора",
                keywords: ["вывоз мусора", "мусор не вывозят", "региональный оператор", "мусоровоз", "отходы"]),
            Topic(id: "tko.sites", blockId: "tko", name: "Контейнерные площадки",
                keywords: ["контейнерная площадка", "контейнеры", "баки переполнены", "площадка ТКО"]),
            Topic(id: "energy.gas", blockId: "energy", name: "Газоснабжение и газификация",
                keywords: ["газ", "газификация", "подключение газа", "газопровод", "запах газа"]),
            Topic(id: "energy.power", blockId: "energy", name: "Электроснабжение",
                keywords: ["электричество", "свет отключили", "электроснабжение", "напряжение", "опора ЛЭП"]),
            Topic(id: "water.supply", blockId: "water", name: "Холодное водоснабжение",
                keywords: ["нет воды", "водоснабжение", "напор воды", "качество воды", "водопровод", "колонка"]),
            Topic(id: "water.sewage", blockId: "water", name: "Водоотведение и канализация",
                keywords: ["канализация", "засор", "канализационный люк", "стоки", "водоотведение"]),
            Topic(id: "education.schools", blockId: "education", name: "Школы",
                keywords: ["школа", "учитель", "ученики", "школьный автобус", "уроки", "ЕГЭ"]),
            Topic(id: "education.kindergartens", blockId: "education", name: "Детские сады",
                keywords: ["детский сад", "очередь в детский сад", "воспитатель", "группа"]),
            Topic(id: "health.clinics", blockId: "health", name: "Поликлиники и запись к врачу",
                keywords: ["поликлиника", "запись к врачу", "участковый терапевт", "больница", "скорая помощь"]),
            Topic(id: "health.drugs", blockId: "health", name: "Лекарственное обеспечение",
                keywords: ["лекарства", "льготные препараты", "аптека", "рецепт", "инсулин"]),
            Topic(id: "roads.repair", blockId: "roads", name: "Ремонт дорог и ямы",
                keywords: ["яма на дороге", "ямы", "асфальт", "ремонт дороги", "разбитая дорога"]),
            Topic(id: "roads.winter", blockId: "roads", name: "Уборка снега и наледи",
                keywords: ["снег", "наледь", "гололёд", "уборка снега", "посыпать песком", "сугробы"]),
            Topic(id: "transport.routes", blockId: "transport", name: "Маршруты и расписание",
                keywords: ["автобус", "маршрут", "расписание", "маршрутка", "не ходит автобус", "общественный транспорт"]),
            Topic(id: "transport.stops", blockId: "transport", name: "Остановки",
                keywords: ["остановка", "павильон остановки", "остановочный пункт"]),
            Topic(id: "social.benefits", blockId: "social", name: "Социальные выплаты и льготы",
                keywords: ["пособие", "выплата", "льготы", "пенсия", "субсидия", "соцзащита"]),
            Topic(id: "social.families", blockId: "social", name: "Поддержка семей",
                keywords: ["многодетная семья", "материнский капитал", "молодая семья", "поддержка семей"]),
            Topic(id: "ecology.dumps", blockId: "ecology", name: "Несанкционированные свалки",
                keywords: ["свалка", "мусор в лесу", "несанкционированная свалка", "строительный мусор"]),
            Topic(id: "ecology.air", blockId: "ecology", name: "Загрязнение воздуха и воды",
                keywords: ["выбросы", "запах", "загрязнение воздуха", "дым", "загрязнение реки"]),
            Topic(id: "property.land", blockId: "property", name: "Земельные участки",
                keywords: ["земельный участок", "аренда земли", "межевание", "кадастр"]),
            Topic(id: "property.housing", blockId: "property", name: "Жилищный фонд и расселение",
                keywords: ["аварийное жильё", "расселение", "ветхий дом", "очередь на жильё"]),
            Topic(id: "economy.prices", blockId: "economy", name: "Цены и торговля",
                keywords: ["цены", "магазин", "торговля", "рынок", "подорожание"]),
            Topic(id: "economy.jobs", blockId: "economy", name: "Занятость и зарплата",
                keywords: ["работа", "зарплата", "задержка зарплаты", "увольнение", "центр занятости"]),
            Topic(id: "improvement.yards", blockId: "improvement", name: "Дворы и детские площадки",
                keywords: ["двор", "детская площадка", "скамейки", "благоустройство двора", "парковка во дворе"]),
            Topic(id: "improvement.lighting", blockId: "improvement", name: "Уличное освещение",
                keywords: ["фонари не горят", "освещение улицы", "уличное освещение", "темно"]),
            Topic(id: "improvement.greenery", blockId: "improvement", name: "Озеленение и парки",
                keywords: ["деревья", "покос травы", "парк", "сквер", "газон", "спил деревьев"]),
        ]
    )
}
