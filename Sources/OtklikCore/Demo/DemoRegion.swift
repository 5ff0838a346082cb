/// The demo region: twelve municipalities of Rostov oblast (ОКТМО codes and names from the official
/// classifier, centres from HFLabs city data), their bodies and the regional ministries.
public enum DemoRegion {
    public static let municipalities: [Municipality] = [
        Municipality(oktmo: "60701000", name: "город Ростов-на-Дону", centre: GeoPoint(lat: 47.2225, lon: 39.7188), population: 1_091_544),
        Municipality(oktmo: "60737000", name: "город Таганрог", centre: GeoPoint(lat: 47.2095, lon: 38.9351), population: 257_692),
        Municipality(oktmo: "60740000", name: "город Шахты", centre: GeoPoint(lat: 47.7085, lon: 40.2160), population: 240_152),
        Municipality(oktmo: "60712000", name: "город Волгодонск", centre: GeoPoint(lat: 47.5165, lon: 42.1984), population: 170_621),
        Municipality(oktmo: "60727000", name: "город Новочеркасск", centre: GeoPoint(lat: 47.4119, lon: 40.1042), population: 169_039),
        Municipality(oktmo: "60707000", name: "город Батайск", centre: GeoPoint(lat: 47.1383, lon: 39.7507), population: 112_400),
        Municipality(oktmo: "60704000", name: "город Азов", centre: GeoPoint(lat: 47.1122, lon: 39.4233), population: 82_882),
        Municipality(oktmo: "60657000", name: "Цимлянский район", centre: GeoPoint(lat: 47.6477, lon: 42.0932), population: 32_000),
        Municipality(oktmo: "60602000", name: "Аксайский район", centre: GeoPoint(lat: 47.2676, lon: 39.8757), population: 125_000),
        Municipality(oktmo: "60650000", name: "Сальский район", centre: GeoPoint(lat: 46.4752, lon: 41.5410), population: 100_000),
        Municipality(oktmo: "60606000", name: "Белокалитвинский район", centre: GeoPoint(lat: 48.1770, lon: 40.8034), population: 90_000),
        Municipality(oktmo: "60632000", name: "Миллеровский район", centre: GeoPoint(lat: 48.9260, lon: 40.3984), population: 65_000),
    ]

    /// Blocks answered by regional bodies rather than by municipalities.
    static let regionalBlocks: [String: String] = [
        "health": "min-health", "transport": "min-transport", "ecology": "min-ecology", "energy": "gas-company",
        "tko": "tko-operator", "social": "min-labour",
    ]

    public static let regionalBodies: [Body] = [
        Body(id: "min-health", name: "Министерство здравоохранения области", blockIds: ["health"]),
        Body(id: "min-transport", name: "Министерство транспорта области", blockIds: ["transport", "roads"]),
        Body(id: "min-ecology", name: "Министерство природных ресурсов и экологии области", blockIds: ["ecology"]),
        Body(id: "min-education", name: "Министерство общего и профессионального образования области", blockIds: ["education"]),
        Body(id: "min-labour", name: "Министерство труда и социального развития области", blockIds: ["social"]),
        Body(id: "min-housing", name: "Министерство ЖКХ области", blockIds: ["zhkh", "water"]),
        Body(id: "tko-operator", name: "Региональный оператор по обращению с ТКО", blockIds: ["tko"]),
        Body(id: "gas-company", name: "Газораспределительная организация области", blockIds: ["energy"]),
    ]

    /// Three bodies in every municipality: the administration, its housing department and its education department.
    public static var municipalBodies: [Body] {
        municipalities.flatMap { m in
            [
                Body(id: "\(m.oktmo)-adm", name: "Администрация (\(m.name))", municipalityId: m.oktmo,
                     blockIds: ["improvement", "property", "economy", "roads"]),
                Body(id: "\(m.oktmo)-zhkh", name: "Отдел ЖКХ администрации (\(m.name))", municipalityId: m.oktmo, blockIds: ["zhkh", "water"]),
                Body(id: "\(m.oktmo)-edu", name: "Управление образования (\(m.name))", municipalityId: m.oktmo, blockIds: ["education"]),
            ]
        }
    }

    public static var bodies: [Body] { regionalBodies + municipalBodies }

    /// The body a demo appeal of `blockId` in `municipalityId` goes to.
    public static func bodyId(block blockId: String, municipality municipalityId: String) -> String {
        if let regional = regionalBlocks[blockId] { return regional }
        switch blockId {
        case "zhkh", "water": return "\(municipalityId)-zhkh"
        case "education": return "\(municipalityId)-edu"
        default: return "\(municipalityId)-adm"
        }
    }

    /// One demo user of each role (executors are added per body by the loader).
    public static let staff: [User] = [
        User(id: "u-admin", login: "admin", name: "Администратор системы", role: .admin),
        User(id: "u-curator", login: "curator", name: "Куратор ЦУР Смирнова А. В.", role: .curator),
        User(id: "u-head", login: "head", name: "Руководитель ЦУР Ковалёв Д. С.", role: .centreHead),
        User(id: "u-operator", login: "operator", name: "Оператор Иванова Е. П.", role: .operator),
        User(id: "u-block", login: "block", name: "Ответственный за блок ЖКХ Петров И. Н.", role: .blockResponsible, blockIds: ["zhkh", "water", "tko"]),
        User(id: "u-blockhead", login: "blockhead", name: "Руководитель блока «Дороги и транспорт» Орлов В. А.", role: .blockHead,
             blockIds: ["roads", "transport"]),
        User(id: "u-media", login: "media", name: "Пресс-служба", role: .media),
        User(id: "u-observer", login: "observer", name: "Наблюдатель", role: .observer),
    ]

    /// The executor user of a body.
    public static func executor(of body: Body) -> User {
        User(id: "u-exec-\(body.id)", login: "exec-\(body.id)", name: "Исполнитель: \(body.name)", role: .executor, bodyId: body.id)
    }
}
