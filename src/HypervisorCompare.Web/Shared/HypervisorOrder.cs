using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Shared;

/// <summary>
/// The one order in which hypervisors are listed everywhere: the content's <c>order</c>, then the name without
/// regard to case (so a lower-case name such as bhyve does not sort after every capitalised one).
/// </summary>
public static class HypervisorOrder
{
    public static IOrderedQueryable<Hypervisor> InDisplayOrder(this IQueryable<Hypervisor> hypervisors) =>
        hypervisors.OrderBy(h => h.Order == null).ThenBy(h => h.Order).ThenBy(h => h.Name.ToLower()).ThenBy(h => h.Id);

    public static IOrderedEnumerable<Hypervisor> InDisplayOrder(this IEnumerable<Hypervisor> hypervisors) =>
        hypervisors.OrderBy(h => h.Order == null).ThenBy(h => h.Order).ThenBy(h => h.Name.ToLowerInvariant(), StringComparer.Ordinal).ThenBy(h => h.Id, StringComparer.Ordinal);

    /// <summary>What <c>/compare</c> shows when the URL names none: those the content marks, else the first two.</summary>
    public static IReadOnlyList<string> Defaults(IReadOnlyList<Hypervisor> inDisplayOrder) =>
        (inDisplayOrder.Any(h => h.CompareByDefault) ? inDisplayOrder.Where(h => h.CompareByDefault) : inDisplayOrder.Take(2))
            .Select(h => h.Id).ToList();
}
