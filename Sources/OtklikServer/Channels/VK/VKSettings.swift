/// The VK community's settings (`ServerConfiguration.vk()`): its id, the confirmation string and the secret
/// of its Callback API server, the community token for the API, the login items are taken in as, the API's
/// address and version.
public struct VKSettings: Sendable, Equatable {
    public var groupId: Int64
    public var confirmation: String
    public var secret: String
    public var token: String
    public var login: String
    public var apiURL: String
    /// The API version the calls and the callback objects are read in (VKCOM/vk-api-schema 5.199).
    public static let version = "5.199"
}
