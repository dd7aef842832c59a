global using HypervisorCompare.Web.Timeline;
global using HypervisorCompare.Web.Tests.Safety;
global using HypervisorCompare.Web.Tests.Support;
