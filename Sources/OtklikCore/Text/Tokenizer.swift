/// Splits an appeal's text into normalised tokens: words in lower case with ё as е, numbers, house numbers
/// («12а», «5/2»), and links, e-mails and phones recognised whole. HTML is reduced to its text first.
/// No I/O; one pass over the text's scalars.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokens(_ text: String) -> [TextToken] {
        var scanner = Scanner(Self.scalars(text))
        var tokens: [TextToken] = []
        while let raw = scanner.next() {
            tokens.append(TextToken(raw.kind, raw.text ?? Self.normalizedWord(scanner.scalars[raw.range])))
        }
        return tokens
    }

    /// The same tokens one at a time, without a String each: `next` writes a token's normal form (as `tokens`
    /// gives it) as UTF-16 into a buffer the caller reuses from token to token.
    struct Cursor {
        private var scanner: Scanner

        init(_ text: String) { scanner = Scanner(Tokenizer.scalars(text)) }

        mutating func next(_ units: inout [UInt16]) -> TextToken.Kind? {
            guard let raw = scanner.next() else { return nil }
            units.removeAll(keepingCapacity: true)
            if let text = raw.text {
                units.append(contentsOf: text.utf16)
            } else {
                Tokenizer.normalize(scanner.scalars[raw.range]) { scalar in
                    // Nearly every letter is one UTF-16 unit; only those past U+FFFF take two.
                    if scalar.value < 0x1_0000 { units.append(UInt16(truncatingIfNeeded: scalar.value)) } else { units.append(contentsOf: scalar.utf16) }
                }
            }
            return raw.kind
        }
    }

    /// The scalars of a text's readable form (`HTMLText.plain`), which `spans` places tokens among: decoded in
    /// one pass into room for the most there can be (counting them first would be a second pass).
    public static func scalars(_ text: String) -> [Unicode.Scalar] {
        let plain = HTMLText.plain(text)
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(plain.utf8.count)
        for scalar in plain.unicodeScalars { scalars.append(scalar) }
        return scalars
    }

    /// Each token's kind and place among `scalars` (a text's scalars after `HTMLText.plain`), for the steps
    /// that change the text where a token stands, as hiding personal data does.
    public func spans(_ scalars: [Unicode.Scalar]) -> [(kind: TextToken.Kind, range: Range<Int>)] {
        var scanner = Scanner(scalars)
        var spans: [(kind: TextToken.Kind, range: Range<Int>)] = []
        while let raw = scanner.next() { spans.append((raw.kind, raw.range)) }
        return spans
    }

    /// Lower case, ё → е: the one normal form of a word for every later step (stemming, keywords, search).
    public static func normalizedWord<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> String {
        var output = String.UnicodeScalarView()
        normalize(scalars) { output.append($0) }
        return String(output)
    }

    /// Each scalar in its normal form, the stress mark (U+0301) dropped.
    static func normalize<S: Sequence<Unicode.Scalar>>(_ scalars: S, _ emit: (Unicode.Scalar) -> Void) {
        for scalar in scalars {
            switch scalar.value {
            case 0x0301: continue
            case 0x0401, 0x0451: emit("е")
            case 0x0410...0x042F, 0x0041...0x005A: emit(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x0430...0x044F, 0x0061...0x007A: emit(scalar)
            default: scalar.properties.lowercaseMapping.unicodeScalars.forEach(emit)
            }
        }
    }

    /// A token found by the scanner: its kind and place; `text` only where it is not the scalars' normal form (a phone).
    private struct Raw {
        var kind: TextToken.Kind
        var range: Range<Int>
        var text: String?
    }

    /// A letter: Latin and Cyrillic decided by range (nearly every scalar of an appeal), the rest by Unicode.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x0401, 0x0410...0x044F, 0x0451: true
        case 0...0x7F: false
        default: scalar.properties.isAlphabetic
        }
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        mutating func next() -> Raw? {
            while index < scalars.count {
                let scalar = scalars[index]
                // Most of an appeal: a Cyrillic letter starts a word (no link, e-mail or phone starts with one),
                // and a space starts nothing.
                switch scalar.value {
                case 0x0401, 0x0410...0x044F, 0x0451: return word()
                case 0x20, 0x0A, 0x0D, 0x09:
                    index += 1
                    continue
                default: break
                }
                if let token = url() ?? email() ?? phone() { return token }
                if Tokenizer.isLetter(scalar) { return word() }
                if isDigit(scalar) { return number() }
                index += 1
            }
            return nil
        }

        private func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        private func isLetter(_ position: Int) -> Bool { position < scalars.count && Tokenizer.isLetter(scalars[position]) }

        /// The starts of a link, as scalars once rather than on every call.
        private static let linkStarts = ["http://", "https://", "www."].map { Array($0.unicodeScalars) }

        private func hasPrefix(_ pattern: [Unicode.Scalar], at position: Int) -> Bool {
            guard position + pattern.count <= scalars.count else { return false }
            return zip(scalars[position...], pattern).allSatisfy { ("A"..."Z").contains($0) ? $0.value + 32 == $1.value : $0 == $1 }
        }

        /// Starts at a word boundary (not in the middle of a word or number).
        private var atBoundary: Bool { index == 0 || !(Tokenizer.isLetter(scalars[index - 1]) || isDigit(scalars[index - 1])) }

        private mutating func url() -> Raw? {
            // Only an h or a w can start a link: most positions are settled by one comparison.
            guard "hHwW".unicodeScalars.contains(scalars[index]), atBoundary, Self.linkStarts.contains(where: { hasPrefix($0, at: index) }) else {
                return nil
            }
            var end = index
            while end < scalars.count, !scalars[end].properties.isWhitespace, !"\"<>«»".unicodeScalars.contains(scalars[end]) { end += 1 }
            while end > index, ".,;:!?)".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
            return take(.url, upTo: end)
        }

        private mutating func email() -> Raw? {
            let first = scalars[index]
            guard first.isASCII, Tokenizer.isLetter(first) || isDigit(first), atBoundary else { return nil }
            func isLocal(_ s: Unicode.Scalar) -> Bool { s.isASCII && (Tokenizer.isLetter(s) || ("0"..."9").contains(s) || "._%+-".unicodeScalars.contains(s)) }
            func isDomain(_ s: Unicode.Scalar) -> Bool { Tokenizer.isLetter(s) || ("0"..."9").contains(s) || ".-".unicodeScalars.contains(s) }
            var at = index
            while at < scalars.count, isLocal(scalars[at]) { at += 1 }
            guard at > index, at < scalars.count, scalars[at] == "@" else { return nil }
            var end = at + 1
            while end < scalars.count, isDomain(scalars[end]) { end += 1 }
            while end > at + 1, ".-".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
            guard scalars[(at + 1)..<end].contains("."), scalars[end - 1] != "@" else { return nil }
            return take(.email, upTo: end)
        }

        /// A Russian phone: +7 or 8 and ten digits, or ten digits from 9 (a mobile), with spaces, hyphens or brackets.
        private mutating func phone() -> Raw? {
            guard atBoundary, scalars[index] == "+" || isDigit(scalars[index]) else { return nil }
            var digits: [Unicode.Scalar] = []
            var end = index
            var position = index + (scalars[index] == "+" ? 1 : 0)
            while position < scalars.count, digits.count < 11 {
                let scalar = scalars[position]
                if isDigit(scalar) {
                    digits.append(scalar)
                    end = position + 1
                } else if !" -()".unicodeScalars.contains(scalar) || (scalar == " " && position + 1 < scalars.count && scalars[position + 1] == " ") {
                    break
                }
                position += 1
            }
            guard end >= scalars.count || !(isDigit(scalars[end]) || isLetter(end)) else { return nil }
            let national: [Unicode.Scalar]
            if digits.count == 11, digits[0] == "7" || digits[0] == "8" {
                national = Array(digits.dropFirst())
            } else if digits.count == 10, digits[0] == "9" {
                national = digits
            } else {
                return nil
            }
            defer { index = end }
            return Raw(kind: .phone, range: index..<end, text: "7" + String(String.UnicodeScalarView(national)))
        }

        private mutating func word() -> Raw {
            var end = index
            while end < scalars.count, Tokenizer.isLetter(scalars[end]) || scalars[end] == "\u{0301}" { end += 1 }
            return take(.word, upTo: end)
        }

        /// Digits; with one letter or «/digits» right after them they are a house number («12а», «5/2»).
        private mutating func number() -> Raw {
            var end = index
            while end < scalars.count, isDigit(scalars[end]) { end += 1 }
            if isLetter(end), !isLetter(end + 1) {
                return take(.houseNumber, upTo: end + 1)
            }
            if end + 1 < scalars.count, scalars[end] == "/", isDigit(scalars[end + 1]) {
                var tail = end + 1
                while tail < scalars.count, isDigit(scalars[tail]) { tail += 1 }
                return take(.houseNumber, upTo: tail)
            }
            return take(.number, upTo: end)
        }

        private mutating func take(_ kind: TextToken.Kind, upTo end: Int) -> Raw {
            defer { index = end }
            return Raw(kind: kind, range: index..<end, text: nil)
        }
    }
}
