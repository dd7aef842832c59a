# Multi-stage: restore and publish only the web project (and the content library it references), build the database
# from content/, then a small runtime image. Tests and benchmarks are not in the image (.dockerignore leaves them out).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/HypervisorCompare.Content/HypervisorCompare.Content.csproj src/HypervisorCompare.Content/
COPY src/HypervisorCompare.Web/HypervisorCompare.Web.csproj src/HypervisorCompare.Web/
RUN dotnet restore src/HypervisorCompare.Web
COPY src/ src/
COPY content/ content/
RUN dotnet publish src/HypervisorCompare.Web -c Release --no-restore -o /app
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
