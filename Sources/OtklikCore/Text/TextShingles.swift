/// The set of an appeal's meaningful units for similarity: Snowball stems of its words (without the few
/// function words that would make any two Russian sentences look alike), its numbers and house numbers
/// («д. 12а» tells one house from the next), and its links, e-mails and phones whole. Each unit is hashed
/// to 64 bits; the set is what MinHash estimates Jaccard similarity on.
public struct TextShingles: Sendable {
    private let stemmer = RussianStemmer()

    public init() {}

    /// Prepositions, conjunctions and particles too common to tell problems apart. «не» and «нет» stay:
    /// «нет воды» and «вода есть» are different problems.
    static let functionWords: Set<[UInt16]> = Set(
        ["в", "во", "на", "и", "а", "с", "со", "у", "к", "ко", "по", "из", "за", "от", "до", "о", "об", "обо", "для", "что", "это",
         "как", "так", "же", "ли", "бы", "уже", "или", "но", "при", "под", "над", "мы", "я", "вы", "он", "она", "они", "нас", "нам",
         "мне", "меня", "все", "всё", "этот", "эта", "эти", "том", "тот", "очень", "просим", "прошу", "пожалуйста", "здравствуйте", "добрый", "день"]
            .map { Array($0.utf16) }
    )

    /// The hashed units of a text, each once, sorted.
    public func hashes(_ text: String) -> [UInt64] {
        var result: [UInt64] = []
        forEachUnit(text) { unit, seed in result.append(FeatureHasher.hash(unit, seed: seed)) }
        return Array(Set(result)).sorted()
    }

    /// The stems two texts share, for showing why they look alike («подъезд», «мусор»), sorted.
    public func sharedStems(_ first: String, _ second: String) -> [String] {
        Array(stems(first).intersection(stems(second))).sorted()
    }

    func stems(_ text: String) -> Set<String> {
        var result: Set<String> = []
        forEachUnit(text) { unit, seed in
            if seed == Seed.stem { result.insert(String(decoding: unit, as: UTF16.self)) }
        }
        return result
    }

    /// «XXXX»: personal data masked by a portal or by our own export, not a word of the problem.
    static func isMask(_ units: [UInt16]) -> Bool {
        units.count >= 3 && units.allSatisfy { $0 == 0x78 }
    }

    private enum Seed {
        static let stem: UInt64 = 0x51_7CC1_B727_220A
        static let other: UInt64 = 0x2545_F491_4F6C_DD1D
    }

    private func forEachUnit(_ text: String, _ body: ([UInt16], UInt64) -> Void) {
        var stem: [UInt16] = []
        var entity: [UInt16] = []
        var cursor = Tokenizer.Cursor(text)
        var units: [UInt16] = []
        while let kind = cursor.next(&units) {
            switch kind {
            case .word:
                guard units.count > 1, !Self.functionWords.contains(units), !Self.isMask(units) else { continue }
                stem.removeAll(keepingCapacity: true)
                stem.append(contentsOf: units)
                stemmer.stem(&stem)
                body(stem, Seed.stem)
            default:
                entity.removeAll(keepingCapacity: true)
                entity.append(UInt16(kind.rawValue.utf16.first ?? 0))
                entity.append(contentsOf: units)
                body(entity, Seed.other)
            }
        }
    }
}
