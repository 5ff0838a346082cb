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
            Topic(id: "zhkh.heating", blockId: "zhkh", name: "Отопление"),
            Topic(id: "zhkh.repair", blockId: "zhkh", name: "Ремонт многоквартирных домов"),
            Topic(id: "zhkh.management", blockId: "zhkh", name: "Работа управляющих компаний"),
            Topic(id: "tko.collection", blockId: "tko", name: "Вывоз мусора"),
            Topic(id: "tko.sites", blockId: "tko", name: "Контейнерные площадки"),
            Topic(id: "energy.gas", blockId: "energy", name: "Газоснабжение и газификация"),
            Topic(id: "energy.power", blockId: "energy", name: "Электроснабжение"),
            Topic(id: "water.supply", blockId: "water", name: "Холодное водоснабжение"),
            Topic(id: "water.sewage", blockId: "water", name: "Водоотведение и канализация"),
            Topic(id: "education.schools", blockId: "education", name: "Школы"),
            Topic(id: "education.kindergartens", blockId: "education", name: "Детские сады"),
            Topic(id: "health.clinics", blockId: "health", name: "Поликлиники и запись к врачу"),
            Topic(id: "health.drugs", blockId: "health", name: "Лекарственное обеспечение"),
            Topic(id: "roads.repair", blockId: "roads", name: "Ремонт дорог и ямы"),
            Topic(id: "roads.winter", blockId: "roads", name: "Уборка снега и наледи"),
            Topic(id: "transport.routes", blockId: "transport", name: "Маршруты и расписание"),
            Topic(id: "transport.stops", blockId: "transport", name: "Остановки"),
            Topic(id: "social.benefits", blockId: "social", name: "Социальные выплаты и льготы"),
            Topic(id: "social.families", blockId: "social", name: "Поддержка семей"),
            Topic(id: "ecology.dumps", blockId: "ecology", name: "Несанкционированные свалки"),
            Topic(id: "ecology.air", blockId: "ecology", name: "Загрязнение воздуха и воды"),
            Topic(id: "property.land", blockId: "property", name: "Земельные участки"),
            Topic(id: "property.housing", blockId: "property", name: "Жилищный фонд и расселение"),
            Topic(id: "economy.prices", blockId: "economy", name: "Цены и торговля"),
            Topic(id: "economy.jobs", blockId: "economy", name: "Занятость и зарплата"),
            Topic(id: "improvement.yards", blockId: "improvement", name: "Дворы и детские площадки"),
            Topic(id: "improvement.lighting", blockId: "improvement", name: "Уличное освещение"),
            Topic(id: "improvement.greenery", blockId: "improvement", name: "Озеленение и парки"),
        ]
    )
}
