/// The suffix classes of the Snowball Russian stemmer, as its published description lists them
/// (snowballstem.org/algorithms/russian/stemmer.html, BSD licence). A class's "after а/я" forms are
/// removed only when `а` or `я` precedes them inside RV; that letter stays.
struct RussianSuffixes: Sendable {
    /// Suffixes of one class, longest first, so the first that fits is the one Snowball's `among` picks.
    struct Group: Sendable {
        let afterAOrYa: [[UInt16]]
        let plain: [[UInt16]]

        init(afterAOrYa: [String] = [], plain: [String]) {
            func units(_ list: [String]) -> [[UInt16]] { list.map { Array($0.utf16) } }
            self.afterAOrYa = units(afterAOrYa)
            self.plain = units(plain)
            let longest = (self.afterAOrYa.map { ($0, true) } + self.plain.map { ($0, false) }).sorted { $0.0.count > $1.0.count }
            var byLastLetter = [[([UInt16], Bool)]](repeating: [], count: 33)
            for entry in longest { byLastLetter[Self.slot(entry.0.last ?? 0)].append(entry) }
            self.byLastLetter = byLastLetter
        }

        /// Every suffix with whether it needs the preceding а/я, longest first, by its last letter: only those
        /// can end a word that ends in it, so a word is tried against a few, not the whole group.
        private let byLastLetter: [[([UInt16], Bool)]]

        /// The suffixes that end in `letter`, longest first.
        func ending(in letter: UInt16) -> [([UInt16], Bool)] { byLastLetter[Self.slot(letter)] }

        /// а…я by their place in the alphabet; every other letter shares the last slot.
        private static func slot(_ letter: UInt16) -> Int { (0x0430...0x044F).contains(letter) ? Int(letter - 0x0430) : 32 }
    }

    static let perfectiveGerund = Group(
        afterAOrYa: ["в", "вши", "вшись"],
        plain: ["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"]
    )
    static let adjective = Group(plain: [
        "ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом", "его", "ого", "ему", "ому",
        "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею",
    ])
    static let participle = Group(afterAOrYa: ["ем", "нн", "вш", "ющ", "щ"], plain: ["ивш", "ывш", "ующ"])
    static let reflexive = Group(plain: ["ся", "сь"])
    static let verb = Group(
        afterAOrYa: ["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно"],
        plain: [
            "ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен", "ило", "ыло",
            "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю",
        ]
    )
    static let noun = Group(plain: [
        "а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й", "иям", "ям",
        "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я",
    ])
    static let superlative = Group(plain: ["ейш", "ейше"])
    static let derivational = Group(plain: ["ост", "ость"])
}
