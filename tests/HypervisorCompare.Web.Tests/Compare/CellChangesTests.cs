namespace HypervisorCompare.Web.Tests.Compare;

public sealed class CellChangesTests
{
    [Fact]
    public void Compute_FindsTheCellsWhoseLevelDiffersOnTheLaterDayAndWhichWay()
    {
        var changes = CellChanges.Compute(Facts.XenVersusKvm(new DateOnly(2008, 12, 31)), new DateOnly(2010, 12, 31));

        var kvm = Assert.Single(changes.ByCell.Values);
        Assert.Equal(("ksm", "kvm", "no", "yes", ChangeKind.Gained), (kvm.FeatureId, kvm.HypervisorId, kvm.From, kvm.To, kvm.Kind));
        Assert.Equal(3, kvm.Then!.Key);
        Assert.Equal((1, 1, 0, 0), (changes.Count, changes.Gained, changes.Lost, changes.Other));
    }

    [Fact]
    public void Compute_TheSameDayTwice_ChangesNothing() =>
        Assert.Equal(0, CellChanges.Compute(Facts.XenVersusKvm(new DateOnly(2010, 1, 1)), new DateOnly(2010, 1, 1)).Count);
}
