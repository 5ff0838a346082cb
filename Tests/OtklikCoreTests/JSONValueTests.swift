import Foundation
import Testing

@testable import OtklikCore

@Suite("JSON values: stored JSON read field by field")
struct JSONValueTests {
    @Test("every kind of value is read as itself and written back the same")
    func roundTrip() throws {
        let text = #"{"a":"x","b":1.5,"c":true,"d":null,"e":[1,"y",{"z":false}],"f":{},"g":"true"}"#
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(
            value
                == .object([
                    "a": .string("x"), "b": .number(1.5), "c": .bool(true), "d": .null,
                    "e": .array([.number(1), .string("y"), .object(["z": .bool(false)])]), "f": .object([:]), "g": .string("true"),
                ])
        )
        #expect(String(decoding: try JSONCoding.encoder().encode(value), as: UTF8.self) == text)
    }
}
