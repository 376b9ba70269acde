using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Waste.Grains.Bins;
using Waste.Grains.Devices;
using Waste.Grains.Toilets;
using Waste.Hub;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Web.Pages.Admin;

/// <summary>One device for administrators: its twin's desired configuration (edit with a JSON merge patch), what it
/// reported, revoke or activate it, give it a new key.</summary>
public sealed class DeviceModel(IDeviceRegistry registry, IGrainFactory grains, IOptions<HubOptions> hub) : PageModel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The device id.</summary>
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    /// <summary>The registry's entry.</summary>
    public RegisteredDevice? Device { get; private set; }

    /// <summary>The twin.</summary>
    public DeviceTwin? Twin { get; private set; }

    /// <summary>The device's sequence window: readings refused as too old show a device whose numbers went back.</summary>
    public SequenceStatus? Sequence { get; private set; }

    /// <summary>The patch typed (kept when refused).</summary>
    public string Patch { get; private set; } = "";

    /// <summary>Why the last action was refused.</summary>
    public string? Error { get; private set; }

    /// <summary>True after a change.</summary>
    public bool Saved { get; private set; }

    /// <summary>A new connection string, shown once.</summary>
    public IReadOnlyList<(string Name, string Secret)> Secrets { get; private set; } = [];

    /// <summary>Shows the device.</summary>
    public Task<IActionResult> OnGetAsync() => ShowAsync();

    /// <summary>Merges a patch into the desired properties.</summary>
    public async Task<IActionResult> OnPostDesiredAsync(string? patch)
    {
        if (registry.Find(Id) is null)
        {
            return NotFound();
        }

        var result = await grains.GetGrain<IDeviceTwinGrain>(Id).PatchDesired(patch ?? "");
        Saved = result.Applied;
        Error = result.Applied ? null : result.Error;
        Patch = result.Applied ? "" : patch ?? "";
        return await ShowAsync();
    }

    /// <summary>Revokes or activates the device.</summary>
    public async Task<IActionResult> OnPostStateAsync(DeviceState state, CancellationToken cancellationToken)
    {
        if (registry.Find(Id) is not { } device || !Enum.IsDefined(state))
        {
            return NotFound();
        }

        await registry.SaveAsync([device with { State = state }], cancellationToken);
        Saved = true;
        return await ShowAsync();
    }

    /// <summary>Gives the device a new key; the old one stays valid as secondary.</summary>
    public async Task<IActionResult> OnPostRotateAsync(CancellationToken cancellationToken)
    {
        if (registry.Find(Id) is not { } device)
        {
            return NotFound();
        }

        var rotated = device with { SecondaryKey = device.PrimaryKey, PrimaryKey = DeviceKey.Generate() };
        await registry.SaveAsync([rotated], cancellationToken);
        Secrets = [(rotated.Id, DeviceConnectionString.For(rotated, hub.Value.HostName))];
        return await ShowAsync();
    }

    /// <summary>Restarts the device's sequence window (through the registry, as the devices tool does): its next reading
    /// is taken whatever its number.</summary>
    public async Task<IActionResult> OnPostResetSequenceAsync(CancellationToken cancellationToken)
    {
        if (registry.Find(Id) is not { } device)
        {
            return NotFound();
        }

        await registry.SaveAsync([device with { SequenceResets = device.SequenceResets + 1 }], cancellationToken);
        Saved = true;
        return await ShowAsync();
    }

    /// <summary>JSON, indented for reading.</summary>
    public string Pretty(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, Indented);

    private async Task<IActionResult> ShowAsync()
    {
        if (registry.Find(Id) is not { } device)
        {
            return NotFound();
        }

        Device = device;
        Twin = await grains.GetGrain<IDeviceTwinGrain>(Id).Get();
        Sequence = device.Kind == DeviceKind.Bin
            ? (await grains.GetGrain<IBinGrain>(Id).GetSnapshot()).Sequence
            : (await grains.GetGrain<IToiletGrain>(Id).GetSnapshot()).Sequence;
        return Page();
    }
}
