/// The Snowball Russian stemmer (snowballstem.org/algorithms/russian/stemmer.html), written from the
/// published algorithm. Input is one lower-case word; ё is folded to е first, as the current algorithm does.
/// Checked against the official vocabulary of 49,785 words in `../shared/data/snowball-russian/`.
public struct RussianStemmer: Sendable {
    public init() {}

    public func stem(_ word: String) -> String {
        var letters = Array(word.utf16)
        for index in letters.indices where letters[index] == Letter.yo { letters[index] = Letter.ye }
        stem(&letters)
        return String(decoding: letters, as: UTF16.self)
    }

    /// Stems UTF-16 code units in place (the tokenizer's form, to avoid a String round trip per word).
    public func stem(_ letters: inout [UInt16]) {
        let regions = Regions(letters)
        guard regions.rv < letters.count else { return }
        var word = Word(letters: letters, rv: regions.rv)
        // The word's buffer is then its only reference: removing its endings does not copy it.
        letters = []

        // Step 1: a perfective gerund; otherwise a reflexive ending, then an adjectival, verb or noun ending.
        if !word.remove(RussianSuffixes.perfectiveGerund) {
            _ = word.remove(RussianSuffixes.reflexive)
            if word.remove(RussianSuffixes.adjective) {
                _ = word.remove(RussianSuffixes.participle)
            } else if !word.remove(RussianSuffixes.verb) {
                _ = word.remove(RussianSuffixes.noun)
            }
        }
        // Step 2: a final и.
        if word.endsInRV(with: [Letter.i]) { word.letters.removeLast() }
        // Step 3: a derivational ending wholly inside R2.
        _ = word.remove(RussianSuffixes.derivational, from: regions.r2)
        // Step 4: нн → н; or a superlative ending, then нн → н; or a final ь.
        if word.remove(RussianSuffixes.superlative) {
            word.undoubleN()
        } else if word.endsInRV(with: [Letter.en, Letter.en]) {
            word.letters.removeLast()
        } else if word.endsInRV(with: [Letter.softSign]) {
            word.letters.removeLast()
        }
        letters = word.letters
    }

    private enum Letter {
        static let a: UInt16 = 0x0430, ye: UInt16 = 0x0435, i: UInt16 = 0x0438, en: UInt16 = 0x043D
        static let ya: UInt16 = 0x044F, yo: UInt16 = 0x0451, softSign: UInt16 = 0x044C

        /// а е и о у ы э ю я.
        static func isVowel(_ unit: UInt16) -> Bool {
            switch unit {
            case 0x0430, 0x0435, 0x0438, 0x043E, 0x0443, 0x044B, 0x044D, 0x044E, 0x044F: true
            default: false
            }
        }
    }

    /// RV starts after the first vowel; R1 after the first non-vowel that follows a vowel; R2 is R1 of R1.
    private struct Regions {
        let rv: Int
        let r2: Int

        init(_ letters: [UInt16]) {
            let end = letters.count
            func pastVowel(from start: Int) -> Int {
                var index = start
                while index < end, !Letter.isVowel(letters[index]) { index += 1 }
                return min(index + 1, end)
            }
            func pastNonVowel(from start: Int) -> Int {
                var index = start
                while index < end, Letter.isVowel(letters[index]) { index += 1 }
                return min(index + 1, end)
            }
            rv = pastVowel(from: 0)
            let r1 = pastNonVowel(from: rv)
            r2 = pastNonVowel(from: pastVowel(from: r1))
        }
    }

    private struct Word {
        var letters: [UInt16]
        let rv: Int

        func endsInRV(with suffix: [UInt16], from start: Int? = nil) -> Bool {
            let begin = letters.count - suffix.count
            guard begin >= max(rv, start ?? rv) else { return false }
            for offset in suffix.indices where letters[begin + offset] != suffix[offset] { return false }
            return true
        }

        /// Snowball's `[substring] among (…)`: the longest suffix of the group that lies inside the region;
        /// if it needs a preceding а/я and has none, the group fails (no shorter suffix is tried).
        mutating func remove(_ group: RussianSuffixes.Group, from start: Int? = nil) -> Bool {
            guard let (count, needsAOrYa) = group.longestSuffix(of: letters, from: max(rv, start ?? rv)) else { return false }
            let begin = letters.count - count
            if needsAOrYa {
                guard begin - 1 >= rv, letters[begin - 1] == Letter.a || letters[begin - 1] == Letter.ya else { return false }
            }
            letters.removeLast(count)
            return true
        }

        mutating func undoubleN() {
            if endsInRV(with: [Letter.en, Letter.en]) { letters.removeLast() }
        }
    }
}
