/// Finds the municipality an address or a text speaks of by its place names in any grammatical form:
/// «в Цимлянске», «г. Цимлянск», «Цимлянского района» all stem to «цимлянск». A name is its words without
/// those that only say what kind of place it is («город», «район», «ст-ца»); a word of the text matches a
/// word of the name when its stem is the name word's stem or the name word itself (Snowball cuts «Ростов» to
/// «рост» but «Ростове» to «ростов»), and the name matches its words in a row. The longest name found wins (so «Ростов-на-Дону» beats a
/// settlement «Ростовка»); among equals, the first listed (the municipalities' own names before settlements).
public struct MunicipalityFinder: Sendable {
    private struct Entry: Sendable {
        var place: PlaceName
        /// Each word of the name as its stem and as itself.
        var words: [Set<String>]
    }

    /// Entries by their first word's stem and by the word itself.
    private let entries: [String: [Entry]]
    private let tokenizer = Tokenizer()
    private let stemmer = RussianStemmer()

    /// Words naming a kind of place or municipality, in full and abbreviated as ОКТМО and addresses write them.
    static let kindWords: Set<String> = [
        "город", "г", "гор", "район", "р", "н", "муниципальный", "муниципальное", "муниципального", "образование", "городской", "городское",
        "сельское", "округ", "поселение", "село", "с", "поселок", "пос", "п", "рп", "пгт", "хутор", "х", "станица", "ст", "ца", "деревня",
        "д", "аул", "слобода", "сл", "городского", "района", "области", "область", "обл",
    ]

    /// Words that say a street follows: the word after one names the street, not a place («ул. Садовая» is no
    /// «х Садовый»). «пр-т» and «б-р» come as two words each.
    static let streetWords: Set<String> = [
        "ул", "улица", "пр", "проспект", "пер", "переулок", "бульвар", "ш", "шоссе", "пл", "площадь", "проезд", "наб", "набережная",
        "мкр", "микрорайон", "тупик", "аллея",
    ]

    public init(places: [PlaceName]) {
        let stemmer = RussianStemmer()
        var entries: [String: [Entry]] = [:]
        for place in places {
            let words = Tokenizer().tokens(place.name).filter { $0.kind == .word && !Self.kindWords.contains($0.text) }
                .map { Set([stemmer.stem($0.text), $0.text]) }
            guard let first = words.first else { continue }
            for key in first { entries[key, default: []].append(Entry(place: place, words: words)) }
        }
        self.entries = entries
    }

    /// The municipality the text names, if any.
    public func find(_ text: String) -> MunicipalityMatch? {
        let words = tokenizer.tokens(text).filter { $0.kind == .word }.map(\.text)
        let stems = words.map { stemmer.stem($0) }
        func matches(_ entry: Entry, at start: Int) -> Bool {
            guard start + entry.words.count <= words.count else { return false }
            return entry.words.indices.allSatisfy { entry.words[$0].contains(stems[start + $0]) || entry.words[$0].contains(words[start + $0]) }
        }
        func namesStreet(_ index: Int) -> Bool {
            guard index > 0 else { return false }
            if Self.streetWords.contains(words[index - 1]) { return true }
            return index > 1 && [["пр", "т"], ["б", "р"]].contains([words[index - 2], words[index - 1]])
        }
        var best: (entry: Entry, at: Int)?
        for start in stems.indices where !namesStreet(start) {
            for entry in (entries[stems[start]] ?? []) + (entries[words[start]] ?? []) where matches(entry, at: start) {
                if entry.words.count > best?.entry.words.count ?? 0 { best = (entry, start) }
            }
        }
        guard let (entry, start) = best else { return nil }
        return MunicipalityMatch(
            municipalityId: entry.place.municipalityId, name: entry.place.name, words: Array(words[start..<(start + entry.words.count)])
        )
    }
}
