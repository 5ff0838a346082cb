import Foundation

/// What the similarity index knows of an appeal: enough to find repeats and duplicates, nothing of its text
/// but the MinHash signature.
public struct SimilarityEntry: Sendable, Equatable {
    public var id: String
    public var receivedAt: Date
    /// Who wrote it, as one key (a phone, an e-mail or a social profile); nil for an anonymous appeal.
    public var authorKey: String?
    /// Its topic (or topic block) once structured; nil before.
    public var topic: String?
    public var point: GeoPoint?
    /// The address in a normal form (`SimilarityEntry.addressKey`); nil without one.
    public var addressKey: String?
    public var signature: MinHashSignature

    public init(id: String, receivedAt: Date, authorKey: String?, topic: String?, point: GeoPoint?, addressKey: String?, signature: MinHashSignature) {
        self.id = id
        self.receivedAt = receivedAt
        self.authorKey = authorKey
        self.topic = topic
        self.point = point?.isValid == true ? point : nil
        self.addressKey = addressKey
        self.signature = signature
    }

    /// An address's words and numbers in their normal form without the words that only name a kind of place,
    /// joined: «г. Санкт-Петербург, ул. Ленина, д. 5» and «Санкт-Петербург Ленина улица 5» are one address.
    /// Nil when nothing is left.
    public static func addressKey(_ address: String?) -> String? {
        guard let address else { return nil }
        let key = Tokenizer().tokens(address).map(\.text).filter { !placeKindWords.contains($0) }.joined(separator: " ")
        return key.isEmpty ? nil : key
    }

    /// Kinds of place as addresses write them, in full and abbreviated (the ФИАС abbreviations in use).
    static let placeKindWords: Set<String> = [
        "г", "гор", "город", "ул", "улица", "пр", "просп", "проспект", "пер", "переулок", "пл", "площадь", "бул", "бульвар",
        "ш", "шоссе", "наб", "набережная", "проезд", "мкр", "микрорайон", "д", "дом", "к", "корп", "корпус", "стр", "строение",
        "лит", "литера", "пос", "поселок", "с", "село", "ст", "станица", "х", "хутор", "район", "обл", "область",
    ]
}

extension SimilarityEntry {
    /// What the index keeps of an appeal. The topic compared is the topic block: the grain an operator sets
    /// first, and the one the thresholds were chosen at (the 15 categories of «Наш Санкт-Петербург»).
    public init(appeal: Appeal, shingles: TextShingles = TextShingles()) {
        self.init(
            id: appeal.id, receivedAt: appeal.receivedAt, authorKey: appeal.author.identityKey, topic: appeal.blockId, point: appeal.point,
            addressKey: Self.addressKey(appeal.address), signature: MinHashSignature(hashes: shingles.hashes(appeal.text))
        )
    }
}
