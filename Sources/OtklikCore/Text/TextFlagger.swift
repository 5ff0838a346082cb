/// Raises `TextFlag`s on a text by the phrases of `TextFlagRules`, each with the words that raised it.
/// The one place that decides a flag: intake, the card and the benchmarks all call `flags(_:)`.
public struct TextFlagger: Sendable {
    private struct Term: Sendable {
        var text: String
        var isPrefix: Bool

        func matches(_ word: String) -> Bool { isPrefix ? word.hasPrefix(text) : word == text }
    }

    private let phrases: [(flag: TextFlag, terms: [Term])]
    private let tokenizer = Tokenizer()

    public init(rules: TextFlagRules = .standard) {
        phrases = TextFlag.allCases.flatMap { flag in
            (rules.phrases[flag] ?? []).map { phrase in
                let terms = phrase.split(separator: " ").map { word in
                    let normal = Tokenizer.normalizedWord(word.unicodeScalars)
                    return normal.hasSuffix("*") ? Term(text: String(normal.dropLast()), isPrefix: true) : Term(text: normal, isPrefix: false)
                }
                return (flag, terms)
            }
        }
    }

    /// The flags of a text in `TextFlag` order, each with its distinct words in the order they stand.
    public func flags(_ text: String) -> [TextFlagHit] {
        let words = tokenizer.tokens(text).filter { $0.kind == .word }.map(\.text)
        var found: [TextFlag: [Int]] = [:]
        for (flag, terms) in phrases {
            for start in words.indices where terms[0].matches(words[start]) {
                if let positions = match(terms, in: words, from: start) { found[flag, default: []].append(contentsOf: positions) }
            }
        }
        return TextFlag.allCases.compactMap { flag in
            guard let positions = found[flag] else { return nil }
            var seen: Set<String> = []
            let ordered = Set(positions).sorted().map { words[$0] }.filter { seen.insert($0).inserted }
            return TextFlagHit(flag: flag, words: ordered)
        }
    }

    /// The positions of the phrase's words from `start`, each next word at most `gap` words after the last.
    private func match(_ terms: [Term], in words: [String], from start: Int) -> [Int]? {
        var positions = [start]
        for term in terms.dropFirst() {
            let after = positions[positions.count - 1] + 1
            guard let next = (after..<min(after + TextFlagRules.gap + 1, words.count)).first(where: { term.matches(words[$0]) }) else {
                return nil
            }
            positions.append(next)
        }
        return positions
    }
}
