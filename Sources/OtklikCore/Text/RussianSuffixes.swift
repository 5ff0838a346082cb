/// The suffix classes of the Snowball Russian stemmer, as its published description lists them
/// (snowballstem.org/algorithms/russian/stemmer.html, BSD licence). A class's "after а/я" forms are
/// removed only when `а` or `я` precedes them inside RV; that letter stays.
struct RussianSuffixes: Sendable {
    /// Suffixes of one class, found as Snowball's `among` finds them: the longest that ends the word.
    struct Group: Sendable {
        /// One suffix: its letters in `letters[start ..< start + count]`.
        private struct Entry: Sendable {
            let start: Int
            let count: Int
            let needsAOrYa: Bool
        }

        /// Every suffix's letters, one after another, and the suffixes by their last letter, longest first: only
        /// those can end a word that ends in it, so a word is tried against a few, not the whole group.
        private let letters: [UInt16]
        private let entries: [Entry]
        /// The entries ending in the letter of slot `s` are `entries[firsts[s] ..< firsts[s + 1]]`.
        private let firsts: [Int]

        init(afterAOrYa: [String] = [], plain: [String]) {
            let all = (afterAOrYa.map { (Array($0.utf16), true) } + plain.map { (Array($0.utf16), false) })
                .sorted { (Self.slot($0.0.last ?? 0), -$0.0.count) < (Self.slot($1.0.last ?? 0), -$1.0.count) }
            var letters: [UInt16] = []
            var entries: [Entry] = []
            var firsts = [Int](repeating: 0, count: 34)
            for (suffix, needsAOrYa) in all {
                entries.append(Entry(start: letters.count, count: suffix.count, needsAOrYa: needsAOrYa))
                letters += suffix
                firsts[Self.slot(suffix.last ?? 0) + 1] += 1
            }
            for slot in 1..<firsts.count { firsts[slot] += firsts[slot - 1] }
            self.letters = letters
            self.entries = entries
            self.firsts = firsts
        }

        /// The longest suffix of the group that ends `word` and begins at or after `start`: its length, and
        /// whether it counts only after а or я.
        func longestSuffix(of word: [UInt16], from start: Int) -> (count: Int, needsAOrYa: Bool)? {
            guard let last = word.last else { return nil }
            let slot = Self.slot(last)
            for entry in entries[firsts[slot] ..< firsts[slot + 1]] where word.count - entry.count >= start {
                let begin = word.count - entry.count
                var offset = 0
                while offset < entry.count, word[begin + offset] == letters[entry.start + offset] { offset += 1 }
                if offset == entry.count { return (entry.count, entry.needsAOrYa) }
            }
            return nil
        }

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
