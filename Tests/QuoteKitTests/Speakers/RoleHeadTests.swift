import Foundation
import Testing
@testable import QuoteKit

@Suite("Role heads")
struct RoleHeadTests {
    @Test("a role mentions a head word as Foundation's search of the lower-cased role says", arguments: [
        ("Trade Minister", "minister"), ("Prime Minister of Japan", "japan"), ("spokesman", "man"),
        ("Senator", "senators"), ("", "minister"), ("Ministre délégué", "ministre"), ("MINISTRE DÉLÉGUÉ", "délégué"),
        ("e\u{301}conomist", "économist"), ("chief\r\neconomist", "economist"), ("Chairman", "chair"),
    ])
    func sameAsFoundation(_ role: String, _ head: String) {
        #expect(SpeakerEntities.lowerCased(role, contains: head) == role.lowercased().contains(head))
    }
}
