namespace CardProcessor.Api.Users;

public sealed record UserListResponse(IReadOnlyList<UserResponse> Items);
