Console.WriteLine("plcfleet");
