using Waste.Routing.Solving;
using Waste.Routing.Solving.Genetic;

namespace Waste.Routing.Tests.Solving;

public class OrderCrossoverTests
{
    [Fact]
    public void The_child_keeps_a_stretch_of_the_first_parent_and_every_client_of_both_once()
    {
        var random = new SeededRandom(3);
        int[] first = [1, 2, 3, 4, 5, 6, 7, 8];
        int[] second = [8, 6, 4, 2, 9, 7, 5, 3, 1];
        for (var k = 0; k < 50; k++)
        {
            var child = OrderCrossover.Cross(first, second, random, new bool[10]);
            Assert.Equal(Enumerable.Range(1, 9), child.Order());
            var stretch = child.TakeWhile((c, i) => i == 0 || Array.IndexOf(first, c) == (Array.IndexOf(first, child[i - 1]) + 1) % first.Length).Count();
            Assert.True(stretch >= 2);
        }
    }
}
