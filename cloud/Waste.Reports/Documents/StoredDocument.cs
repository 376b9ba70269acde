namespace Waste.Reports.Documents;

/// <summary>A document as the store holds it: its JSON and the ETag a conditional replace must name.</summary>
/// <param name="Json">The document, UTF-8 JSON.</param>
/// <param name="ETag">The version the store gave it; opaque.</param>
public sealed record StoredDocument(ReadOnlyMemory<byte> Json, string ETag);
