import Foundation

/// Indicator K11 (design/rules.md § 3.3): the share of organisations with a confirmed official page. Federal
/// law 8-ФЗ ст. 10 ч. 1 (in the wording of 270-ФЗ of 14.07.2022) obliges state bodies, local self-government
/// bodies and their subordinate organisations to keep official pages; every body of the directory is such a
/// recipient, so every one in the territory counts as obliged. A snapshot of the directory, not of a period.
public enum OfficialPages {
    public static let id = "K11"
    public static let title = "Доля организаций с официальной страницей"
    public static let numerator = "органы и организации с подтверждённой официальной страницей"
    public static let denominator = "органы и организации территории (обязаны вести страницу по 8-ФЗ ст. 10 в ред. 270-ФЗ)"

    public struct Coverage: Sendable, Equatable {
        public var withPage: Int
        public var obliged: Int

        /// The share, 0…1; nil while the territory has no bodies.
        public var share: Double? { obliged == 0 ? nil : Double(withPage) / Double(obliged) }
    }

    /// The region's bodies and all municipalities' (`municipalityId` nil), or one municipality's own.
    public static func coverage(of bodies: [Body], municipalityId: String?) -> Coverage {
        let counted = municipalityId.map { id in bodies.filter { $0.municipalityId == id } } ?? bodies
        return Coverage(withPage: counted.filter { $0.officialPage != nil }.count, obliged: counted.count)
    }

    /// A page's address as the directory takes it: an absolute http(s) link with a host.
    public static func isAddress(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme) else { return false }
        return url.host?.contains(".") == true && !text.contains(" ")
    }
}
