using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Waste.Hub;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Web.Pages.Admin;

/// <summary>The device registry for administrators: every device, registering one, importing a CSV file. A new
/// device's connection string (it holds the key) is shown in that answer only.</summary>
[RequestSizeLimit(MaxCsvBytes + 64 * 1024)]
public sealed class DevicesModel(IDeviceRegistry registry, IOptions<HubOptions> hub, IStringLocalizer<Text> text) : PageModel
{
    /// <summary>The largest CSV file accepted.</summary>
    public const int MaxCsvBytes = 5_000_000;

    /// <summary>The device being registered.</summary>
    [BindProperty]
    public NewDevice New { get; set; } = new();

    /// <summary>Every device.</summary>
    public IReadOnlyList<RegisteredDevice> Devices => registry.All();

    /// <summary>Connection strings of devices just registered.</summary>
    public IReadOnlyList<(string Name, string Secret)> Secrets { get; private set; } = [];

    /// <summary>Why something was refused.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>What an import did.</summary>
    public (int Added, int Existing, int Refused)? Imported { get; private set; }

    /// <summary>Shows the registry.</summary>
    public void OnGet()
    {
    }

    /// <summary>Registers one device with a new key.</summary>
    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken cancellationToken)
    {
        var device = New.ToDevice(out var error);
        if (device is null || registry.Find(device.Id) is not null)
        {
            Errors = [device is null ? text[error!] : string.Format(text["{0} is already registered."], device.Id)];
            return Page();
        }

        await registry.SaveAsync([device], cancellationToken);
        Secrets = [(device.Id, DeviceConnectionString.For(device, hub.Value.HostName))];
        New = new NewDevice();
        ModelState.Clear();
        return Page();
    }

    /// <summary>Registers the devices of a CSV file that are not registered yet; refused rows are listed by line.</summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0 || file.Length > MaxCsvBytes)
        {
            Errors = [text["Choose a CSV file of at most 5 MB."]];
            return Page();
        }

        using var reader = new StreamReader(file.OpenReadStream());
        var (devices, errors) = DeviceCsv.Read(reader);
        var added = devices.Where(d => registry.Find(d.Id) is null).ToList();
        await registry.SaveAsync(added, cancellationToken);
        Secrets = [.. added.Select(d => (d.Id, DeviceConnectionString.For(d, hub.Value.HostName)))];
        Errors = errors;
        Imported = (added.Count, devices.Count - added.Count, errors.Count);
        return Page();
    }

    /// <summary>The register form.</summary>
    public sealed class NewDevice
    {
        /// <summary>Device id.</summary>
        public string Id { get; set; } = "";

        /// <summary>Bin or toilet.</summary>
        public DeviceKind Kind { get; set; } = DeviceKind.Bin;

        /// <summary>A bin's stream.</summary>
        public WasteStream? Stream { get; set; }

        /// <summary>A bin's volume, litres.</summary>
        public double? CapacityLitres { get; set; }

        /// <summary>Ward.</summary>
        public string? Ward { get; set; }

        /// <summary>District.</summary>
        public string? District { get; set; }

        /// <summary>Latitude.</summary>
        public double? Latitude { get; set; }

        /// <summary>Longitude.</summary>
        public double? Longitude { get; set; }

        /// <summary>The device with a new key, or null with the reason (a text key).</summary>
        public RegisteredDevice? ToDevice(out string? error)
        {
            error = !DeviceId.IsValid(Id.Trim()) ? "An id is 1 to 128 letters, digits, '-', '.', '_' or ':'."
                : Kind == DeviceKind.Bin && (Stream is null || CapacityLitres is not (>= 1 and <= 100_000)) ? "A bin needs its stream and a capacity of 1 to 100000 L."
                : Latitude is < -90 or > 90 || Longitude is < -180 or > 180 ? "The position is not on Earth."
                : Ward?.Trim().Length > RegisteredDevice.MaxPlaceNameLength || District?.Trim().Length > RegisteredDevice.MaxPlaceNameLength
                    ? "A ward or district name is at most 100 characters."
                : null;
            return error is not null ? null : new RegisteredDevice
            {
                Id = Id.Trim(),
                Kind = Kind,
                PrimaryKey = DeviceKey.Generate(),
                Stream = Kind == DeviceKind.Bin ? Stream : null,
                CapacityLitres = Kind == DeviceKind.Bin ? CapacityLitres : null,
                Ward = string.IsNullOrWhiteSpace(Ward) ? null : Ward.Trim(),
                District = string.IsNullOrWhiteSpace(District) ? null : District.Trim(),
                Latitude = Latitude,
                Longitude = Longitude,
            };
        }
    }
}
