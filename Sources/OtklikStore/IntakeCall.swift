/// One caller's intake request, waiting to be merged with concurrent ones into one write.
struct IntakeCall: Sendable {
    var items: [IntakeItem]
    var continuation: CheckedContinuation<[IntakeResult], any Error>
}
