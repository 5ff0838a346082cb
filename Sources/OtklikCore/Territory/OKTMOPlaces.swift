import Foundation

/// The place names of the region's municipalities from the ОКТМО classifier (ОК 033-2013), as its two lists are
/// published: municipal formations, `code;check digit;name;administrative centre` with 8-digit codes grouped by
/// spaces (group headings end with «/», settlements begin with «- »), and populated places, `code;check
/// digit;name` with 11-digit codes. A populated place belongs to the municipality whose code begins its own
/// (a settlement «60 657 101» or, above it, the district «60 657 000»).
public enum OKTMOPlaces {
    /// The names of `municipalities` (by ОКТМО code): each one's centre and the populated places in it, by
    /// municipality. A name found in more than one municipality is left out: «Александровка» in two districts
    /// names neither. A municipality's own name is in the directory already and not repeated.
    public static func places(formations: String, settlements: String, municipalities: Set<String>) -> [String: [String]] {
        var owners: [String: Set<String>] = [:]
        func add(_ name: String, to municipality: String) {
            let name = name.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { return }
            owners[name, default: []].insert(municipality)
        }
        for row in rows(formations) where row.count > 3 {
            let code = row[0].filter(\.isNumber)
            if municipalities.contains(code) { add(row[3], to: code) }
        }
        for row in rows(settlements) where row.count > 2 {
            let code = row[0].filter(\.isNumber)
            // A code ending in 000 heads a list («Населенные пункты, входящие в состав …»), it is no place.
            guard code.count == 11, !code.hasSuffix("000"), let owner = owner(of: code, among: municipalities) else { continue }
            add(row[2], to: owner)
        }
        var places: [String: [String]] = [:]
        for (name, candidates) in owners {
            // A district holding a settlement that has the name yields it to the settlement (the district's centre
            // is its town's centre too); what is left must be one municipality.
            let specific = candidates.filter { owner in
                !(owner.hasSuffix("000") && candidates.contains { $0 != owner && $0.hasPrefix(owner.prefix(5)) })
            }
            if specific.count == 1, let owner = specific.first { places[owner, default: []].append(name) }
        }
        return places.mapValues { $0.sorted() }
    }

    /// The municipality a populated place lies in: its settlement's code if the directory holds the settlement,
    /// else its district's or city okrug's.
    static func owner(of code: String, among municipalities: Set<String>) -> String? {
        let settlement = String(code.prefix(8))
        if municipalities.contains(settlement) { return settlement }
        let district = String(code.prefix(5)) + "000"
        return municipalities.contains(district) ? district : nil
    }

    private static func rows(_ text: String) -> [[String]] {
        text.split(whereSeparator: \.isNewline).map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
    }
}
