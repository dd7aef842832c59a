using HypervisorCompare.Benchmarks;

return args switch
{
    ["stages", var content] => Stages.Run(content, Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: stages CONTENT_DIR");
    return 2;
}
