import Foundation

/// Which items the public list and map of problems show (issue 9), and how much of each: an item is listed
/// once it has a topic the centre keeps public (an administrator's switch per topic), unless it was refused
/// or merged; an обращение under 59-ФЗ only when its author agreed on the public form (ст. 6 ч. 2: what an
/// appeal says is not disclosed without consent). Texts are shown redacted and cut; points are rounded to
/// about a hundred metres, so a dot marks a street, not a flat.
public enum PublicListing {
    /// Decimal places of a listed point: 0.001° is ~110 m of latitude.
    public static let pointDecimals = 3
    public static let excerptLength = 300
    public static let hiddenStatuses: Set<AppealStatus> = [.rejected, .merged]

    public static func shows(_ appeal: Appeal, hiddenTopics: Set<String>, consented: Bool) -> Bool {
        guard let topic = appeal.topicId, !hiddenTopics.contains(topic), !hiddenStatuses.contains(appeal.status) else { return false }
        return appeal.kind != .appeal || consented
    }

    public static func coarse(_ point: GeoPoint) -> GeoPoint {
        func round(_ value: Double) -> Double {
            var scale = 1.0
            for _ in 0..<pointDecimals { scale *= 10 }
            return (value * scale).rounded() / scale
        }
        return GeoPoint(lat: round(point.lat), lon: round(point.lon))
    }

    public static let offensiveNotice = "Текст не показывается: в нём есть нецензурные или оскорбительные выражения"

    /// What the list shows of a redacted text: nothing of one `TextFlagger` finds offensive (59-ФЗ ст. 11 ч. 3
    /// lets the body leave it unanswered; the public list does not repeat it), else its excerpt.
    public static func shown(_ text: String, flagger: TextFlagger) -> String {
        flagger.flags(text).contains { $0.flag == .offensive } ? offensiveNotice : excerpt(text)
    }

    /// The first `excerptLength` characters of a redacted text, cut at a word.
    public static func excerpt(_ text: String) -> String {
        guard text.count > excerptLength else { return text }
        let cut = text.prefix(excerptLength)
        let word = cut.lastIndex(where: \.isWhitespace).map { cut[..<$0] } ?? cut
        return word.trimmingCharacters(in: .whitespacesAndNewlines) + "…"
    }
}
