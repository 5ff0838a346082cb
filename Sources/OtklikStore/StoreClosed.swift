/// The store was asked for something after `close()` began.
struct StoreClosed: Error, CustomStringConvertible {
    var description: String { "the store is closed" }
}
