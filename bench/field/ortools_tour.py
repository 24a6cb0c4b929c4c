"""Reference tours for `npm run bench -- field`: OR-Tools routing (guided local search, time
limit) on the same input as `npm run route`: {"home": {"lat", "lon"}, "stops": [{"id", "lat", "lon"}]}.
Prints {"order": [ids], "distanceKm": n} with the same haversine distance as our solver.
Usage: python3 ortools_tour.py <file.json> [seconds]"""
import json
import math
import sys

from ortools.constraint_solver import pywrapcp, routing_enums_pb2

EARTH_RADIUS_KM = 6371.0088


def haversine_km(a, b):
    rad = math.pi / 180
    dlat = (b["lat"] - a["lat"]) * rad
    dlon = (b["lon"] - a["lon"]) * rad
    h = math.sin(dlat / 2) ** 2 + math.cos(a["lat"] * rad) * math.cos(b["lat"] * rad) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def main():
    data = json.load(open(sys.argv[1]))
    seconds = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    points = [data["home"]] + data["stops"]
    n = len(points)
    km = [[haversine_km(points[i], points[j]) for j in range(n)] for i in range(n)]
    # OR-Tools wants integer arc costs: metres.
    metres = [[int(round(km[i][j] * 1000)) for j in range(n)] for i in range(n)]
    manager = pywrapcp.RoutingIndexManager(n, 1, 0)
    routing = pywrapcp.RoutingModel(manager)
    transit = routing.RegisterTransitCallback(lambda a, b: metres[manager.IndexToNode(a)][manager.IndexToNode(b)])
    routing.SetArcCostEvaluatorOfAllVehicles(transit)
    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PATH_CHEAPEST_ARC
    params.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    params.time_limit.seconds = seconds
    solution = routing.SolveWithParameters(params)
    order = []
    index = routing.Start(0)
    while True:
        index = solution.Value(routing.NextVar(index))
        if routing.IsEnd(index):
            break
        order.append(manager.IndexToNode(index))
    tour = [0] + order + [0]
    distance = sum(km[tour[k]][tour[k + 1]] for k in range(len(tour) - 1))
    print(json.dumps({"order": [data["stops"][i - 1]["id"] for i in order], "distanceKm": distance}))


main()
