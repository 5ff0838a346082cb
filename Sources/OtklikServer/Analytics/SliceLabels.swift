import OtklikCore
import OtklikStore

/// The Russian names of a slice's groups: the names of municipalities, blocks, topics and bodies, the
/// titles of channels, kinds and statuses, and periods as people write them.
struct SliceLabels {
    let references: ReferenceData

    static let months = [
        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ]
    static let quarters = ["I", "II", "III", "IV"]

    func title(_ dimension: SliceDimension, _ value: String) -> String {
        if value.isEmpty { return "Не определено" }
        switch dimension {
        case .day: return LocalDate(iso: value)?.russian ?? value
        case .week: return LocalDate(iso: value).map { "неделя с \($0.russian)" } ?? value
        case .month:
            let parts = value.split(separator: "-")
            guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return value }
            return "\(Self.months[month - 1]) \(parts[0])"
        case .quarter:
            let parts = value.split(separator: "-Q")
            guard parts.count == 2, let quarter = Int(parts[1]), (1...4).contains(quarter) else { return value }
            return "\(Self.quarters[quarter - 1]) квартал \(parts[0])"
        case .year: return "\(value) год"
        case .municipality: return references.municipalityName(value) ?? value
        case .block: return references.blockName(value) ?? value
        case .topic: return references.topicName(value) ?? value
        case .body: return references.bodyName(value) ?? value
        case .channel: return Channel(rawValue: value)?.title ?? value
        case .kind: return AppealKind(rawValue: value)?.title ?? value
        case .status: return AppealStatus(rawValue: value)?.title ?? value
        }
    }
}
