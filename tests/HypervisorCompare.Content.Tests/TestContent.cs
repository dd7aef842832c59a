namespace HypervisorCompare.Content.Tests;

/// <summary>A small, valid content folder on disk that tests add files to or break.</summary>
internal sealed class TestContent : IDisposable
{
    public const string Declarations = """
        ---
        title: Test declarations
        summary: Hypervisors, licences and features that the tests build on.
        hypervisors:
          - id: xen
            name: Xen
            type: 1
            summary: Bare metal.
            origin: Cambridge
            first-release: 2003-10
            website: https://xenproject.org/
            sources: [https://xenproject.org/]
            licences:
              - component: hypervisor
                expression: GPL-2.0-only
                since: 2003
                sources: [https://xenproject.org/]
            stewards:
              - organisation: citrix
                role: steward
                since: 2007-10
                sources: [https://www.citrix.com/]
          - id: kvm
            name: KVM
            type: 1
            summary: In the kernel.
            origin: Qumranet
            website: https://linux-kvm.org/
            sources: [https://linux-kvm.org/]
        organisations:
          - id: citrix
            name: Citrix Systems
            website: https://www.citrix.com/
        licences:
          - id: GPL-2.0-only
            name: GNU General Public License v2.0 only
            url: https://spdx.org/licenses/GPL-2.0-only.html
        categories:
          - id: memory
            name: Memory
            order: 1
        features:
          - id: ksm
            name: Same-page merging
            category: memory
          - id: thp
            name: Transparent huge pages
            category: memory
            synonyms: [huge pages]
        ---
        # Declarations

        ## Support

        | Feature | Hypervisor | Support | Since | Until | Note | Sources |
        |---|---|---|---|---|---|---|
        | thp | kvm | yes | Linux 2.6.38 (2011-03-14) | | | [Linux 2.6.38](https://kernelnewbies.org/Linux_2_6_38) |
        | thp | xen | partial | | | Only for HVM guests. | <https://xenbits.xen.org/docs/> |
        | ksm | xen | no | | | | <https://xenbits.xen.org/docs/> |
        | ksm | kvm | yes | Linux 2.6.32 (2009-12-03) | | | <https://kernelnewbies.org/Linux_2_6_32> |

        ## History

        - 2003-10 | release | xen | xen-1-0 | **Xen 1.0 is released.** The first public version.
          [Announcement](https://xenproject.org/)
        - ~2009 | adoption | - | eco-thing | **Something happened.** Roughly then. <https://lwn.net/>
        """;

    public TestContent(bool withDeclarations = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "hc-tests", Guid.NewGuid().ToString("n"), "content");
        Directory.CreateDirectory(Root);
        if (withDeclarations) Write("declarations.md", Declarations);
    }

    public string Root { get; }

    public TestContent Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public TestContent WriteBytes(string relativePath, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Root, relativePath), bytes);
        return this;
    }

    public ContentLoadResult Load() => ContentLoader.Load(Root, TestLinks.Site, new DateOnly(2026, 11, 26));

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);
}
