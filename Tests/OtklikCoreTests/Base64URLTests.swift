import Testing

@testable import OtklikCore

@Suite("Base64 for URLs (RFC 4648 § 5): «-» and «_» for «+» and «/», no padding")
struct Base64URLTests {
    @Test("the RFC's alphabet and no padding; what is encoded decodes back; a character outside base64 is refused")
    func roundTrip() {
        #expect(Base64URL.encode(Array("f".utf8)) == "Zg")
        #expect(Base64URL.encode([0xFB, 0xFF]) == "-_8")
        #expect(Base64URL.decode("-_8") == [0xFB, 0xFF])
        let bytes = Array("1764230400000|8857bead-e104".utf8)
        #expect(Base64URL.decode(Base64URL.encode(bytes)) == bytes)
        #expect(Base64URL.decode("Zg!") == nil)
    }
}
