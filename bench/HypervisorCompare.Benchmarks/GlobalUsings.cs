global using HypervisorCompare.Web.Knowledge;
