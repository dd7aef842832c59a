// The feature folders see each other by name: a page links to another through its static Url(), whatever folder holds it.
global using HypervisorCompare.Web.Api;
global using HypervisorCompare.Web.Compare;
global using HypervisorCompare.Web.Http;
global using HypervisorCompare.Web.Knowledge;
global using HypervisorCompare.Web.Reader;
global using HypervisorCompare.Web.Search;
global using HypervisorCompare.Web.Shared;
global using HypervisorCompare.Web.Shell;
global using HypervisorCompare.Web.Timeline;
