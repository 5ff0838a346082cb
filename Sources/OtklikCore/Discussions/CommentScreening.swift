import Foundation

/// What a moderator is told about a comment before deciding (issue 9 anti-abuse: «a spam score, an
/// obscene-language flag»): obscene or offensive words (`TextFlagger`), personal data (phones, e-mails,
/// links), and a spam score 0…1 from the signs of advertising and flooding — links, shouting in capitals,
/// one character repeated, the same word again and again. It decides nothing: every comment waits for a person.
public enum CommentScreening {
    public static let maxLength = 2000
    public static let maxNameLength = 60
    /// At or above this the moderator sees «похоже на спам».
    public static let spamThreshold = 0.5

    public static func errors(text: String, displayName: String?) -> [FieldError] {
        var errors: [FieldError] = []
        if text.allSatisfy(\.isWhitespace) || IntakeLimits.exceeds(text, maxLength) {
            errors.append(FieldError(field: "text", message: "Комментарий: от 1 до \(maxLength) символов"))
        }
        if let displayName, displayName.count > maxNameLength {
            errors.append(FieldError(field: "displayName", message: "Имя не длиннее \(maxNameLength) символов"))
        }
        return errors
    }

    /// The flags shown to the moderator, in Russian.
    public static func flags(_ text: String, flagger: TextFlagger) -> [String] {
        var flags: [String] = []
        if flagger.flags(text).contains(where: { $0.flag == .offensive }) { flags.append(TextFlag.offensive.title) }
        let kinds = Set(Tokenizer().tokens(text).map(\.kind))
        if !kinds.isDisjoint(with: [.email, .phone]) { flags.append("Контактные данные") }
        if kinds.contains(.url) { flags.append("Ссылка") }
        if spamScore(text) >= spamThreshold { flags.append("Похоже на спам") }
        return flags
    }

    /// 0…1: a link adds 0.4 (two or more 0.6), capitals over 60 % of the letters 0.3, a character five times
    /// in a row 0.2, one word over a third of a text of ten words or more 0.3.
    public static func spamScore(_ text: String) -> Double {
        let tokens = Tokenizer().tokens(text)
        var score = 0.0
        let links = tokens.count { $0.kind == .url }
        if links > 0 { score += links > 1 ? 0.6 : 0.4 }
        let letters = text.filter(\.isLetter)
        if letters.count >= 10, Double(letters.count { $0.isUppercase }) / Double(letters.count) > 0.6 { score += 0.3 }
        var run = 1
        var previous: Character?
        for character in text {
            run = character == previous ? run + 1 : 1
            previous = character
            if run >= 5 {
                score += 0.2
                break
            }
        }
        let words = tokens.filter { $0.kind == .word }.map(\.text)
        if words.count >= 10, let most = Dictionary(grouping: words, by: { $0 }).values.map(\.count).max(), Double(most) / Double(words.count) > 1.0 / 3.0 {
            score += 0.3
        }
        return min(score, 1)
    }
}
