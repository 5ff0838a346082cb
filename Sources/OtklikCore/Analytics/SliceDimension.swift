/// A cut of a slice (Регламент МЦУ § 3.3: «сводный анализ в настраиваемых статистических разрезах»):
/// a period of receipt at some grain, or one of the item's attributes.
public enum SliceDimension: String, Codable, Sendable, CaseIterable {
    case day, week, month, quarter, year
    case municipality, block, topic, body, channel, kind, status

    public var title: String {
        switch self {
        case .day: "День"
        case .week: "Неделя"
        case .month: "Месяц"
        case .quarter: "Квартал"
        case .year: "Год"
        case .municipality: "Муниципальное образование"
        case .block: "Отраслевой блок"
        case .topic: "Тематика"
        case .body: "Орган"
        case .channel: "Канал"
        case .kind: "Вид"
        case .status: "Статус"
        }
    }

    /// The cuts an item has as attributes (not periods), in the order the rollup's key keeps them.
    public static let attributes: [SliceDimension] = [.municipality, .block, .topic, .body, .channel, .kind, .status]

    public var isPeriod: Bool {
        switch self {
        case .day, .week, .month, .quarter, .year: true
        default: false
        }
    }

    /// The cell's value in this cut. Periods are labelled so that their text order is their time order:
    /// `2026-11-26`, the week's Monday `2026-11-23`, `2026-11`, `2026-Q4`, `2026`; "" is «не определено».
    public func value(of key: RollupKey) -> String {
        switch self {
        case .day: return key.day.iso
        case .week: return key.day.adding(days: 1 - key.day.weekday).iso
        case .month: return String(key.day.iso.prefix(7))
        case .quarter:
            let (year, month, _) = key.day.parts
            return "\(year)-Q\((month - 1) / 3 + 1)"
        case .year: return String(key.day.year)
        case .municipality: return key.municipalityId
        case .block: return key.blockId
        case .topic: return key.topicId
        case .body: return key.bodyId
        case .channel: return key.channel
        case .kind: return key.kind
        case .status: return key.status
        }
    }
}
