# Multi-stage: restore, build, build the tests, build the database from content/, then a small runtime image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props HypervisorCompare.sln ./
COPY src/HypervisorCompare.Content/HypervisorCompare.Content.csproj src/HypervisorCompare.Content/
COPY src/HypervisorCompare.Web/HypervisorCompare.Web.csproj src/HypervisorCompare.Web/
COPY tests/HypervisorCompare.Content.Tests/HypervisorCompare.Content.Tests.csproj tests/HypervisorCompare.Content.Tests/
COPY tests/HypervisorCompare.Web.Tests/HypervisorCompare.Web.Tests.csproj tests/HypervisorCompare.Web.Tests/
COPY tools/HypervisorCompare.ContentGenerator/HypervisorCompare.ContentGenerator.csproj tools/HypervisorCompare.ContentGenerator/
COPY bench/HypervisorCompare.Benchmarks/HypervisorCompare.Benchmarks.csproj bench/HypervisorCompare.Benchmarks/
RUN dotnet restore HypervisorCompare.sln
COPY . .
RUN dotnet build HypervisorCompare.sln -c Release --no-restore
RUN dotnet publish src/HypervisorCompare.Web -c Release --no-build -o /app
RUN dotnet /app/HypervisorCompare.Web.dll ingest --content /src/content --db /data/knowledge.db

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY --from=build /src/content /content
COPY --from=build /data /data
RUN chown -R app:app /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Knowledge__ContentPath=/content \
    Knowledge__DatabasePath=/data/knowledge.db \
    Knowledge__WatchContent=false
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s CMD ["dotnet", "/app/HypervisorCompare.Web.dll", "health", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["dotnet", "HypervisorCompare.Web.dll"]
