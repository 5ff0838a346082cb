import Testing

/// The suites that run `otklik serve` and a channel's stand-in as processes: one at a time, since each starts
/// servers and, on PostgreSQL, competes for the chain's lock with every other suite running at once.
@Suite("Channels against running servers, one suite at a time", .serialized)
enum ChannelProcesses {}
