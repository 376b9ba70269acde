using System.Reflection;

[assembly: AssemblyTitle("Waste.Firmware.Esp32")]
[assembly: AssemblyDescription("Smart waste bin and public toilet nodes on .NET nanoFramework (ESP32)")]
[assembly: AssemblyProduct("Waste")]
[assembly: AssemblyVersion("1.0.0.0")]
