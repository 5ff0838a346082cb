/// A flag raised on a text and the words of the text that raised it, in the order they stand.
public struct TextFlagHit: Sendable, Equatable {
    public var flag: TextFlag
    public var words: [String]

    public init(flag: TextFlag, words: [String]) {
        self.flag = flag
        self.words = words
    }
}
