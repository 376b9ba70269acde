using Waste.Routing.Bench;

return BenchmarkCommand.Create().Parse(args).Invoke();
