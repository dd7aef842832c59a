using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Content.Tests.Model;

public class ReleaseNamesTests
{
    [Theory]
    [InlineData("Xen 4.10 ships the first SUPPORT.md", "Xen 4.10")]
    [InlineData("QEMU 2.11.0 is released", "QEMU 2.11")]
    [InlineData("Proxmox VE 8.0 is released", "Proxmox VE 8.0")]
    [InlineData("XCP-ng 8.3 LTS", "XCP-ng 8.3")]
    [InlineData("Broadcom ships ESXi 8.0", "ESXi 8.0")]
    [InlineData("VMware ESX Server 3.0 ships", "ESX Server 3.0")]
    [InlineData("KVM lands in Linux 2.6.20", "Linux 2.6.20")]
    public void Version_NamedInAReleaseTitle_HasOneOfTheTitlesKeys(string title, string version) =>
        Assert.Contains(ReleaseNames.KeyOf(version), ReleaseNames.KeysOf(title));

    [Theory]
    [InlineData("Xen 4.1 is released", "Xen 4.10")]
    [InlineData("Proxmox VE 8.0 is released", "Proxmox VE 9.0")]
    public void OtherVersion_IsNotAKeyOfTheTitle(string title, string version) =>
        Assert.DoesNotContain(ReleaseNames.KeyOf(version), ReleaseNames.KeysOf(title));

    [Theory]
    [InlineData("ESXi 6.7 U2")]
    [InlineData("since the 2.0 series")]
    [InlineData(null)]
    public void Version_ThatIsNotOneProductVersion_HasNoKey(string? version) => Assert.Null(ReleaseNames.KeyOf(version));
}
