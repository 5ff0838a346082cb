/// Hides personal data in a text shown on the public side (issue 9; 59-ФЗ ст. 6 ч. 2: what an appeal says
/// of a private life is not disclosed; 152-ФЗ): e-mails, phones and links (a profile link names a person),
/// the author's own name in any form («Иванов», «Иванова», «Ивановым»), a surname with initials
/// («Петров И. И.», «И.И. Петров»), and the number of a flat or room («кв. 12»). Other people's names
/// without initials are not recognised: the public list shows a text only where the centre allows its topic.
public enum PersonalDataRedaction {
    public static let hiddenContact = "[скрыто]"
    public static let hiddenName = "[имя скрыто]"

    /// Words after which a number is a flat or a room, not a house.
    static let flatWords: Set<String> = ["кв", "квартира", "квартиры", "квартире", "квартиру", "квартирой", "комн", "комната", "комнаты", "комнате", "ком"]

    public static func redact(_ text: String, author: Author?) -> String {
        let scalars = Tokenizer.scalars(text)
        let spans = Tokenizer().spans(scalars)
        let stemmer = RussianStemmer()
        let nameWords = Set(
            (author?.name ?? "").split(whereSeparator: { !Tokenizer.isLetter($0.unicodeScalars.first!) }).map { Tokenizer.normalizedWord($0.unicodeScalars) }
        )
        // A word of the name in any case form: it starts with the name's stem, or, where the stem is too short
        // to tell (Анна → ан), with the name less its last letter (анн: Анне, Анну, Анной).
        let nameStems = Set(
            nameWords.map { word in
                let stem = stemmer.stem(word)
                return stem.count >= 3 ? stem : String(word.dropLast())
            }.filter { $0.count >= 3 }
        )
        var hidden: [(range: Range<Int>, with: String)] = []
        for (offset, span) in spans.enumerated() {
            let word = span.kind == .word ? Tokenizer.normalizedWord(scalars[span.range]) : ""
            switch span.kind {
            case .email, .phone, .url:
                hidden.append((span.range, hiddenContact))
            case .number, .houseNumber:
                if offset > 0, spans[offset - 1].kind == .word, flatWords.contains(Tokenizer.normalizedWord(scalars[spans[offset - 1].range])) {
                    hidden.append((span.range, hiddenContact))
                }
            case .word:
                if nameWords.contains(word) || (word.count >= 3 && nameStems.contains(where: { word.hasPrefix($0) })) {
                    hidden.append((span.range, hiddenName))
                } else if isCapitalized(scalars[span.range]), span.range.count >= 3, hasInitials(near: span.range, in: scalars) {
                    hidden.append((span.range, hiddenName))
                }
            }
        }
        hidden += initials(in: scalars, besideHidden: hidden.filter { $0.with == hiddenName }.map(\.range))
        hidden.sort { $0.range.lowerBound < $1.range.lowerBound }
        var output = String.UnicodeScalarView()
        var position = 0
        for item in hidden where item.range.lowerBound >= position {
            output.append(contentsOf: scalars[position..<item.range.lowerBound])
            output.append(contentsOf: item.with.unicodeScalars)
            position = item.range.upperBound
        }
        output.append(contentsOf: scalars[position...])
        return String(output)
    }

    private static func isCapitalized(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = word.first, first.properties.isUppercase else { return false }
        return word.dropFirst().allSatisfy { !$0.properties.isUppercase }
    }

    /// An initial: one capital letter and a full stop.
    private static func initial(at position: Int, in scalars: [Unicode.Scalar]) -> Bool {
        position + 1 < scalars.count && Tokenizer.isLetter(scalars[position]) && scalars[position].properties.isUppercase
            && scalars[position + 1] == "." && (position == 0 || !Tokenizer.isLetter(scalars[position - 1]))
    }

    /// Whether one or two initials stand right after the word («Петров И. И.») or right before it («И.И. Петров»).
    private static func hasInitials(near range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        var after = range.upperBound
        while after < scalars.count, scalars[after] == " " { after += 1 }
        if initial(at: after, in: scalars) { return true }
        var before = range.lowerBound
        while before > 0, scalars[before - 1] == " " { before -= 1 }
        return before >= 2 && initial(at: before - 2, in: scalars)
    }

    /// The initials standing beside a hidden name, hidden with it.
    private static func initials(in scalars: [Unicode.Scalar], besideHidden names: [Range<Int>]) -> [(range: Range<Int>, with: String)] {
        var found: [(range: Range<Int>, with: String)] = []
        for name in names {
            var after = name.upperBound
            while true {
                var next = after
                while next < scalars.count, scalars[next] == " " { next += 1 }
                guard initial(at: next, in: scalars) else { break }
                found.append((after..<next + 2, ""))
                after = next + 2
            }
            var before = name.lowerBound
            while true {
                var previous = before
                while previous > 0, scalars[previous - 1] == " " { previous -= 1 }
                guard previous >= 2, initial(at: previous - 2, in: scalars) else { break }
                found.append((previous - 2..<before, ""))
                before = previous - 2
            }
        }
        return found
    }
}
