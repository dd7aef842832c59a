
namespace HypervisorCompare.Web.Tests.Search;

public class SearchTermsTests
{
    [Fact]
    public void Parse_WordsAndPunctuation_KeepsOnlyWordsEachQuoted()
    {
        var terms = SearchTerms.Parse("\"dom0\" AND virtio-net* NEAR(x) col:y ^z");

        Assert.Equal(["dom0", "AND", "virtio", "net", "NEAR", "x", "col", "y", "z"], terms.Words);
        Assert.Equal("\"dom0\" AND \"AND\" AND \"virtio\" AND \"net\" AND \"NEAR\" AND \"x\" AND \"col\" AND \"y\" AND \"z\"", terms.ToFtsQuery(all: true));
    }

    [Fact]
    public void Parse_OnlyPunctuation_IsEmpty()
    {
        Assert.True(SearchTerms.Parse("\"\" * ( ) : ^ - + '").IsEmpty);
        Assert.True(SearchTerms.Parse(null).IsEmpty);
    }

    [Fact]
    public void Parse_TenThousandCharacters_IsShortenedToTheLimits()
    {
        var terms = SearchTerms.Parse(string.Concat(Enumerable.Range(0, 2000).Select(i => $"w{i} ")));

        Assert.True(terms.Shortened);
        Assert.Equal(SearchTerms.MaxWords, terms.Words.Count);
    }

    [Fact]
    public void Parse_NonLatinWordsAndAccents_AreWords()
    {
        Assert.Equal(["réseau", "виртуализация", "仮想化"], SearchTerms.Parse("réseau, виртуализация; 仮想化!").Words);
    }

    [Fact]
    public void Parse_RepeatedWords_AreSearchedOnce() =>
        Assert.Equal(["Xen"], SearchTerms.Parse("Xen xen XEN").Words);
}
