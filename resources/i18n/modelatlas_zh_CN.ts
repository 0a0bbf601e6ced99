<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new atlas file from the seed</source>
        <translation>从内置知识库新建一个图谱文件</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an atlas file</source>
        <translation>打开图谱文件</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the atlas, or part of it, to a file to share</source>
        <translation>将图谱或其中一部分导出为可分享的文件</translation>
    </message>
    <message>
        <source>Import and &amp;Merge…</source>
        <translation>导入并合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge a teammate&apos;s .atlas file into this one</source>
        <translation>将同事的 .atlas 文件合并到当前图谱</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Resolve entries that both you and a teammate changed</source>
        <translation>处理你和同事都修改过的条目</translation>
    </message>
    <message>
        <source>Team &amp;Hub…</source>
        <translation>团队中心(&amp;H)…</translation>
    </message>
    <message>
        <source>Connect this atlas to the team&apos;s PostgreSQL hub and choose when to sync</source>
        <translation>将此图谱连接到团队的 PostgreSQL 中心，并选择同步时机</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Send this atlas&apos;s changes to the team hub and receive the others&apos;</source>
        <translation>将此图谱的更改发送到团队中心，并接收他人的更改</translation>
    </message>
    <message>
        <source>Import from &amp;Catalog…</source>
        <translation>从目录导入(&amp;T)…</translation>
    </message>
    <message>
        <source>Import Model Openness Tool, Open Source AI Index, Epoch, Hugging Face, FMTI or SPDX data</source>
        <translation>导入 Model Openness Tool、Open Source AI Index、Epoch、Hugging Face、FMTI 或 SPDX 数据</translation>
    </message>
    <message>
        <source>Re&amp;view Uncertain Matches…</source>
        <translation>审查不确定的匹配(&amp;V)…</translation>
    </message>
    <message>
        <source>Imported records that might be an existing entry: merge, create or dismiss</source>
        <translation>可能与现有条目相同的导入记录：合并、新建或忽略</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Create an entry</source>
        <translation>新建条目</translation>
    </message>
    <message>
        <source>New Model…</source>
        <translation>新建模型…</translation>
    </message>
    <message>
        <source>Create a new model</source>
        <translation>新建一个模型</translation>
    </message>
    <message>
        <source>New Organization…</source>
        <translation>新建组织…</translation>
    </message>
    <message>
        <source>Create a new organization</source>
        <translation>新建一个组织</translation>
    </message>
    <message>
        <source>New License…</source>
        <translation>新建许可证…</translation>
    </message>
    <message>
        <source>Create a new license</source>
        <translation>新建一个许可证</translation>
    </message>
    <message>
        <source>New Policy note…</source>
        <translation>新建政策笔记…</translation>
    </message>
    <message>
        <source>Create a new policy note</source>
        <translation>新建一条政策笔记</translation>
    </message>
    <message>
        <source>New Note…</source>
        <translation>新建笔记…</translation>
    </message>
    <message>
        <source>Create a new note</source>
        <translation>新建一条笔记</translation>
    </message>
    <message>
        <source>New Evaluation…</source>
        <translation>新建评估…</translation>
    </message>
    <message>
        <source>Create a new evaluation</source>
        <translation>新建一项评估</translation>
    </message>
    <message>
        <source>New Source…</source>
        <translation>新建来源…</translation>
    </message>
    <message>
        <source>Create a new source</source>
        <translation>新建一个来源</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the entry shown in the detail pane</source>
        <translation>编辑详情面板中显示的条目</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected entries (undoable)</source>
        <translation>删除所选条目（可撤销）</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Add tags to the selected entries</source>
        <translation>为所选条目添加标签</translation>
    </message>
    <message>
        <source>Remove Ta&amp;g…</source>
        <translation>移除标签(&amp;G)…</translation>
    </message>
    <message>
        <source>Remove tags from the selected entries</source>
        <translation>从所选条目移除标签</translation>
    </message>
    <message>
        <source>Tag &amp;Manager…</source>
        <translation>标签管理器(&amp;M)…</translation>
    </message>
    <message>
        <source>Create, rename, merge, recolor and delete tags</source>
        <translation>新建、重命名、合并、改色和删除标签</translation>
    </message>
    <message>
        <source>E&amp;valuate…</source>
        <translation>评估(&amp;V)…</translation>
    </message>
    <message>
        <source>Record your evaluation of the entry shown</source>
        <translation>记录你对所示条目的评估</translation>
    </message>
    <message>
        <source>Mark &amp;Verified…</source>
        <translation>标记为已核实(&amp;V)…</translation>
    </message>
    <message>
        <source>Record that you checked the entry shown against its sources today</source>
        <translation>记录你今天已对照来源核实所示条目</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F, Ctrl+K)</source>
        <translation>搜索全部内容（Ctrl+F、Ctrl+K）</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>保存搜索…</translation>
    </message>
    <message>
        <source>Save the current search in the sidebar</source>
        <translation>将当前搜索保存到侧边栏</translation>
    </message>
    <message>
        <source>Back to the List</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>Leave the search results (Esc)</source>
        <translation>离开搜索结果（Esc）</translation>
    </message>
    <message>
        <source>Rebuild Search &amp;Index</source>
        <translation>重建搜索索引(&amp;I)</translation>
    </message>
    <message>
        <source>Rebuild the full-text index from the database</source>
        <translation>根据数据库重建全文索引</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the selected entries side by side (2 to 6)</source>
        <translation>并排比较所选条目（2 至 6 个）</translation>
    </message>
    <message>
        <source>&amp;Add to Comparison</source>
        <translation>加入比较(&amp;A)</translation>
    </message>
    <message>
        <source>Add the selected entries to the comparison</source>
        <translation>将所选条目加入比较</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>The landscape in charts: openness over time, jurisdictions, licenses</source>
        <translation>用图表看全局：开放度随时间的变化、司法管辖区、许可证</translation>
    </message>
    <message>
        <source>&amp;Use-Case Check</source>
        <translation>用例检查(&amp;U)</translation>
    </message>
    <message>
        <source>Which models may I use for this, and under which duties?</source>
        <translation>哪些模型可用于此用途？需要承担哪些义务？</translation>
    </message>
    <message>
        <source>Export &amp;Rules of This Model…</source>
        <translation>导出此模型的规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the rules that bind the shown model as Markdown or HTML</source>
        <translation>将约束所示模型的规则保存为 Markdown 或 HTML</translation>
    </message>
    <message>
        <source>Compare &amp;with Snapshot…</source>
        <translation>与快照比较(&amp;W)…</translation>
    </message>
    <message>
        <source>Which verdicts of the chosen saved use case flipped since a snapshot</source>
        <translation>所选已保存用例的哪些结论自某个快照以来发生了反转</translation>
    </message>
    <message>
        <source>His&amp;tory…</source>
        <translation>历史(&amp;T)…</translation>
    </message>
    <message>
        <source>The versions of the entry shown, what each changed, and restoring one</source>
        <translation>所示条目的各个版本、每个版本的改动，以及恢复某个版本</translation>
    </message>
    <message>
        <source>Chan&amp;ges…</source>
        <translation>变更(&amp;G)…</translation>
    </message>
    <message>
        <source>What changed between two snapshots, now, or another atlas file</source>
        <translation>两个快照之间、与当前或与另一个图谱文件相比有哪些变化</translation>
    </message>
    <message>
        <source>Create Sna&amp;pshot…</source>
        <translation>创建快照(&amp;P)…</translation>
    </message>
    <message>
        <source>Name the atlas as it is now, to compare with later</source>
        <translation>为图谱的当前状态命名，以便日后比较</translation>
    </message>
    <message>
        <source>Delete Snapsh&amp;ot…</source>
        <translation>删除快照(&amp;E)…</translation>
    </message>
    <message>
        <source>Forget a named snapshot (the history stays)</source>
        <translation>删除一个已命名的快照（历史记录保留）</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>List the models</source>
        <translation>列出模型</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>List the organizations</source>
        <translation>列出组织</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>List the licenses</source>
        <translation>列出许可证</translation>
    </message>
    <message>
        <source>Policy notes</source>
        <translation>政策笔记</translation>
    </message>
    <message>
        <source>List the policy notes</source>
        <translation>列出政策笔记</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>List the notes</source>
        <translation>列出笔记</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>List the evaluations</source>
        <translation>列出评估</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>清除筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;O)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>侧边栏(&amp;S)</translation>
    </message>
    <message>
        <source>Show and focus the sidebar</source>
        <translation>显示并聚焦侧边栏</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>Show and focus the entry list</source>
        <translation>显示并聚焦条目列表</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>Show and focus the detail pane (brought back if it was collapsed)</source>
        <translation>显示并聚焦详情面板（如已折叠则恢复）</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>搜索语法(&amp;S)</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>搜索语法</translation>
    </message>
    <message>
        <source>&amp;About Model Atlas</source>
        <translation>关于 Model Atlas(&amp;A)</translation>
    </message>
    <message>
        <source>About Model Atlas</source>
        <translation>关于 Model Atlas</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Show &amp;Changes</source>
        <translation>显示变更(&amp;C)</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>导出 Markdown…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <source>Entries changed</source>
        <translation>已更改的条目</translation>
    </message>
    <message>
        <source>Field differences</source>
        <translation>字段差异</translation>
    </message>
    <message>
        <source>Choose two points and show what changed between them.</source>
        <translation>选择两个时间点，显示其间的变化。</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>{name} ({when})</source>
        <translation>{name}（{when}）</translation>
    </message>
    <message>
        <source>Another atlas file…</source>
        <translation>其他图谱文件…</translation>
    </message>
    <message>
        <source>Compare with another atlas file</source>
        <translation>与另一个图谱文件比较</translation>
    </message>
    <message>
        <source>Atlas files (*.atlas)</source>
        <translation>图谱文件 (*.atlas)</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>From {a} to {b}:</source>
        <translation>从 {a} 到 {b}：</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>新增 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>移除 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>更改 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>The atlas has changed since: Show Changes again to include it.</source>
        <translation>此后图谱已有变更：再次点击“显示变更”以包含这些变更。</translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation>导出变更</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Tab to a chart, then use the arrow keys to move between its points or bars and Enter to list the entries behind one.</source>
        <translation>用 Tab 键切换到图表，再用方向键在数据点或柱之间移动，按 Enter 列出其背后的条目。</translation>
    </message>
    <message>
        <source>{name} by {developer}, released {date}, {grade}</source>
        <translation>{name}，{developer} 开发，发布于 {date}，{grade}</translation>
    </message>
    <message>
        <source>{name}, released {date}, {grade}</source>
        <translation>{name}，发布于 {date}，{grade}</translation>
    </message>
    <message numerus="yes">
        <source>{jurisdiction}, {grade}: %n model(s)</source>
        <translation>
            <numerusform>{jurisdiction}，{grade}：%n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{family}: %n license(s)</source>
        <translation>
            <numerusform>{family}：%n 个许可证</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{family}: %n model(s) using one</source>
        <translation>
            <numerusform>{family}：%n 个模型使用</numerusform>
        </translation>
    </message>
    <message>
        <source>No model has a release date yet.</source>
        <translation>还没有模型记录发布日期。</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) released between {first} and {last}.</source>
        <translation>
            <numerusform>{first} 至 {last} 期间发布了 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>{grade}: {count}</source>
        <translation>{grade}：{count}</translation>
    </message>
    <message>
        <source>No model has a developer jurisdiction yet.</source>
        <translation>还没有模型记录开发者所在的司法管辖区。</translation>
    </message>
    <message>
        <source>{jurisdiction}: {total} ({detail})</source>
        <translation>{jurisdiction}：{total}（{detail}）</translation>
    </message>
    <message>
        <source>Models by developer jurisdiction and openness grade.</source>
        <translation>按开发者司法管辖区和开放度等级划分的模型。</translation>
    </message>
    <message>
        <source>No license has a family yet.</source>
        <translation>还没有许可证记录类别。</translation>
    </message>
    <message>
        <source>{family}: {licenses} licenses, {models} models</source>
        <translation>{family}：{licenses} 个许可证，{models} 个模型</translation>
    </message>
    <message>
        <source>Licenses by family, and the models using them.</source>
        <translation>按类别划分的许可证及使用它们的模型。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>版本（最新在前）</translation>
    </message>
    <message>
        <source>What this version changed</source>
        <translation>此版本的改动</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
    <message>
        <source>Make the entry as it was right after this version (undoable)</source>
        <translation>将条目恢复为此版本之后的状态（可撤销）</translation>
    </message>
    <message>
        <source>This entry is no longer in the atlas.</source>
        <translation>此条目已不在图谱中。</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), newest first</source>
        <translation>
            <numerusform>%n 个版本，最新在前</numerusform>
        </translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>{name} 的历史</translation>
    </message>
    <message>
        <source>This version came in a merge from a teammate: it cannot be restored on its own (restore the merge&apos;s version instead).</source>
        <translation>此版本来自同事的合并：不能单独恢复（请改为恢复该合并的版本）。</translation>
    </message>
    <message>
        <source>This is how the entry is now.</source>
        <translation>这是条目的当前状态。</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <source>Team Hub</source>
        <translation>团队中心</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>中心地址</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST/DATABASE, a connection string or a service name</source>
        <translation>postgresql://用户@主机/数据库、连接字符串或服务名</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>Passwords are read from ~/.pgpass (or the file PGPASSFILE names), as every PostgreSQL tool does; Model Atlas remembers the address without a password.</source>
        <translation>与所有 PostgreSQL 工具一样，密码从 ~/.pgpass（或 PGPASSFILE 指定的文件）读取；Model Atlas 只记住不含密码的地址。</translation>
    </message>
    <message>
        <source>Sync when Model Atlas &amp;starts</source>
        <translation>Model Atlas 启动时同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>同步间隔(&amp;E)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>两次同步之间的分钟数</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>中心地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected to {hub} as {login} ({role}); hub version {version}, {entries} entries, {atlases} atlases, {pushes} pushes</source>
        <translation>已以 {login}（{role}）身份连接到 {hub}；中心版本 {version}，{entries} 个条目，{atlases} 个图谱，{pushes} 次推送</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Your name, recorded on every change</source>
        <translation>你的名字，会记录在每次修改上</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Used from the next start of Model Atlas</source>
        <translation>从下次启动 Model Atlas 起生效</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>宽松</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>紧凑</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Not verified after this many days</source>
        <translation>超过此天数即视为未核实</translation>
    </message>
    <message>
        <source>The sidebar&apos;s “Not verified in N days” finds entries nobody has checked against their sources for this long</source>
        <translation>侧边栏中的“N 天内未核实”会找出这段时间内无人对照来源核实过的条目</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>List density</source>
        <translation>列表密度</translation>
    </message>
    <message>
        <source>Evaluation criteria
(one per line)</source>
        <translation>评估标准
（每行一条）</translation>
    </message>
    <message>
        <source>Not verified after</source>
        <translation>未核实期限</translation>
    </message>
    <message>
        <source>Please give your name: every change you make is recorded under it.</source>
        <translation>请填写你的名字：你的每次修改都会以此署名记录。</translation>
    </message>
    <message>
        <source>The rubric needs at least one criterion.</source>
        <translation>评估量表至少需要一条标准。</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Model Atlas.</source>
        <translation>新语言将从下次启动 Model Atlas 起生效。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>About</source>
        <translation>关于对象</translation>
    </message>
    <message>
        <source>academic</source>
        <translation>学术机构</translation>
    </message>
    <message>
        <source>Acceptable use policy</source>
        <translation>可接受使用政策</translation>
    </message>
    <message>
        <source>Acceptable use policy URL</source>
        <translation>可接受使用政策网址</translation>
    </message>
    <message>
        <source>Acceptable use policy — detail</source>
        <translation>可接受使用政策 — 说明</translation>
    </message>
    <message>
        <source>Access channels</source>
        <translation>访问渠道</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>访问日期</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <source>adopt</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>通过日期</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Allowed with duties</source>
        <translation>允许（附带义务）</translation>
    </message>
    <message>
        <source>api</source>
        <translation>API</translation>
    </message>
    <message>
        <source>api-subscriptions</source>
        <translation>API 订阅</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>适用</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>适用起始日</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Architecture public</source>
        <translation>架构已公开</translation>
    </message>
    <message>
        <source>Article or section</source>
        <translation>条款或章节</translation>
    </message>
    <message>
        <source>assess</source>
        <translation>评估中</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Attribution or naming duties</source>
        <translation>署名或命名义务</translation>
    </message>
    <message>
        <source>Attribution or naming duties — detail</source>
        <translation>署名或命名义务 — 说明</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>AUP</source>
        <translation>AUP</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <source>big-tech</source>
        <translation>大型科技公司</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Business model</source>
        <translation>商业模式</translation>
    </message>
    <message>
        <source>cap</source>
        <translation>有上限</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>catalog grade</source>
        <translation>目录评级</translation>
    </message>
    <message>
        <source>catalog grades</source>
        <translation>目录评级</translation>
    </message>
    <message>
        <source>Class I - Open Science Model</source>
        <translation>I 类 – 开放科学模型</translation>
    </message>
    <message>
        <source>Class II - Open Tooling Model</source>
        <translation>II 类 – 开放工具模型</translation>
    </message>
    <message>
        <source>Class III - Open Model</source>
        <translation>III 类 – 开放模型</translation>
    </message>
    <message>
        <source>Clause scopes</source>
        <translation>条款适用范围</translation>
    </message>
    <message>
        <source>Closed (API only)</source>
        <translation>封闭（仅 API）</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation>商业使用</translation>
    </message>
    <message>
        <source>commercial use</source>
        <translation>商业使用</translation>
    </message>
    <message>
        <source>Commercial use allowed</source>
        <translation>允许商业使用</translation>
    </message>
    <message>
        <source>Commercial use clause</source>
        <translation>商业使用条款</translation>
    </message>
    <message>
        <source>Commercial use — detail</source>
        <translation>商业使用 — 说明</translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation>算力（FLOP）</translation>
    </message>
    <message>
        <source>Compute confidence</source>
        <translation>算力数据可信度</translation>
    </message>
    <message>
        <source>Compute threshold</source>
        <translation>算力阈值</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>有条件</translation>
    </message>
    <message>
        <source>Conditions (machine-readable rule)</source>
        <translation>条件（机器可读规则）</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>confident</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>consortium</source>
        <translation>联盟</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>上下文窗口</translation>
    </message>
    <message>
        <source>continued-pretraining</source>
        <translation>继续预训练</translation>
    </message>
    <message>
        <source>copyleft</source>
        <translation>Copyleft</translation>
    </message>
    <message>
        <source>cost at scale</source>
        <translation>规模化成本</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>custom-open-weights</source>
        <translation>自定义开放权重许可</translation>
    </message>
    <message>
        <source>customization and fine-tuning</source>
        <translation>定制与微调</translation>
    </message>
    <message>
        <source>Data card</source>
        <translation>数据卡</translation>
    </message>
    <message>
        <source>Data preprocessing code</source>
        <translation>数据预处理代码</translation>
    </message>
    <message>
        <source>data sovereignty and self-hosting</source>
        <translation>数据主权与自托管</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Deployment regions</source>
        <translation>部署地区</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发者</translation>
    </message>
    <message>
        <source>Developer jurisdiction</source>
        <translation>开发者司法管辖区</translation>
    </message>
    <message>
        <source>distillation</source>
        <translation>蒸馏</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Evaluated entry</source>
        <translation>被评估条目</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Evaluation code</source>
        <translation>评测代码</translation>
    </message>
    <message>
        <source>Evaluation data</source>
        <translation>评测数据</translation>
    </message>
    <message>
        <source>Evaluation results</source>
        <translation>评测结果</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Evaluations and scores</source>
        <translation>评估与评分</translation>
    </message>
    <message>
        <source>Excluded regions</source>
        <translation>排除地区</translation>
    </message>
    <message>
        <source>excluded regions</source>
        <translation>排除地区</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>field limits</source>
        <translation>领域限制</translation>
    </message>
    <message>
        <source>Field-of-use limits</source>
        <translation>使用领域限制</translation>
    </message>
    <message>
        <source>Field-of-use limits — detail</source>
        <translation>使用领域限制 — 说明</translation>
    </message>
    <message>
        <source>fine-tune</source>
        <translation>微调</translation>
    </message>
    <message>
        <source>Free and open license</source>
        <translation>自由开放许可证</translation>
    </message>
    <message>
        <source>Fully open</source>
        <translation>完全开放</translation>
    </message>
    <message>
        <source>General-purpose model</source>
        <translation>通用人工智能模型</translation>
    </message>
    <message>
        <source>Geographic exclusions</source>
        <translation>地域排除</translation>
    </message>
    <message>
        <source>Geographic exclusions — detail</source>
        <translation>地域排除 — 说明</translation>
    </message>
    <message>
        <source>government</source>
        <translation>政府机构</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Hosted only</source>
        <translation>仅托管服务</translation>
    </message>
    <message>
        <source>hosted-app</source>
        <translation>托管应用</translation>
    </message>
    <message>
        <source>Hugging Face page</source>
        <translation>Hugging Face 页面</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>If exempt</source>
        <translation>若豁免</translation>
    </message>
    <message>
        <source>If it applies</source>
        <translation>若适用</translation>
    </message>
    <message>
        <source>If it does not apply</source>
        <translation>若不适用</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>imported value</source>
        <translation>导入值</translation>
    </message>
    <message>
        <source>imported values</source>
        <translation>导入值</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>in-force</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Inference code</source>
        <translation>推理代码</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>法律文件</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>司法管辖区</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>license</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>License clauses</source>
        <translation>许可证条款</translation>
    </message>
    <message>
        <source>License family</source>
        <translation>许可证类别</translation>
    </message>
    <message>
        <source>license risk</source>
        <translation>许可风险</translation>
    </message>
    <message>
        <source>License SPDX id</source>
        <translation>许可证 SPDX 标识符</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>较可能</translation>
    </message>
    <message>
        <source>link between entries</source>
        <translation>条目间链接</translation>
    </message>
    <message>
        <source>links between entries</source>
        <translation>条目间链接</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>match to review</source>
        <translation>待审查匹配</translation>
    </message>
    <message>
        <source>matches to review</source>
        <translation>待审查匹配</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>模态</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Model architecture</source>
        <translation>模型架构</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>模型卡</translation>
    </message>
    <message>
        <source>model component</source>
        <translation>模型组件</translation>
    </message>
    <message>
        <source>model components</source>
        <translation>模型组件</translation>
    </message>
    <message>
        <source>Model metadata</source>
        <translation>模型元数据</translation>
    </message>
    <message>
        <source>Model parameters (Final)</source>
        <translation>模型参数（最终）</translation>
    </message>
    <message>
        <source>Model parameters (Intermediate)</source>
        <translation>模型参数（中间检查点）</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>modification</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Modification — detail</source>
        <translation>修改 — 说明</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>MOF class</source>
        <translation>MOF 类别</translation>
    </message>
    <message>
        <source>MOF components and class</source>
        <translation>MOF 组件与类别</translation>
    </message>
    <message>
        <source>Monthly users</source>
        <translation>月活跃用户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Needs a separate agreement</source>
        <translation>需另行签订协议</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>non-commercial</source>
        <translation>非商业</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>nonprofit</source>
        <translation>非营利组织</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>not-released</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>notice file</source>
        <translation>声明文件</translation>
    </message>
    <message>
        <source>Notice file required</source>
        <translation>须附声明文件</translation>
    </message>
    <message>
        <source>Notice file required — detail</source>
        <translation>须附声明文件 — 说明</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>Open source</source>
        <translation>开源</translation>
    </message>
    <message>
        <source>Open weights, non-commercial</source>
        <translation>开放权重，非商业</translation>
    </message>
    <message>
        <source>Open weights, restricted</source>
        <translation>开放权重，有限制</translation>
    </message>
    <message>
        <source>Open weights, unrestricted</source>
        <translation>开放权重，无限制</translation>
    </message>
    <message>
        <source>open-core-hosting</source>
        <translation>开放核心加托管</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>开放度</translation>
    </message>
    <message>
        <source>Openness grade</source>
        <translation>开放度等级</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>organization grade</source>
        <translation>组织评级</translation>
    </message>
    <message>
        <source>organization grades</source>
        <translation>组织评级</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>OSI</source>
        <translation>OSI</translation>
    </message>
    <message>
        <source>OSI approved</source>
        <translation>OSI 认证</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Other frameworks&apos; grades</source>
        <translation>其他框架的评级</translation>
    </message>
    <message>
        <source>other name</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Output use</source>
        <translation>输出用途</translation>
    </message>
    <message>
        <source>output use</source>
        <translation>输出用途</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Parameters (active)</source>
        <translation>参数（激活）</translation>
    </message>
    <message>
        <source>Parameters (total)</source>
        <translation>参数（总量）</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>pass terms on</source>
        <translation>条款传递</translation>
    </message>
    <message>
        <source>permissive</source>
        <translation>宽松型</translation>
    </message>
    <message>
        <source>Policy note</source>
        <translation>政策笔记</translation>
    </message>
    <message>
        <source>Policy notes</source>
        <translation>政策笔记</translation>
    </message>
    <message>
        <source>Policy rules and notes</source>
        <translation>政策规则与笔记</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>prohibited</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>提案中</translation>
    </message>
    <message>
        <source>proprietary</source>
        <translation>专有</translation>
    </message>
    <message>
        <source>quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>rail</source>
        <translation>RAIL</translation>
    </message>
    <message>
        <source>Redistribution</source>
        <translation>再分发</translation>
    </message>
    <message>
        <source>redistribution</source>
        <translation>再分发</translation>
    </message>
    <message>
        <source>Redistribution — detail</source>
        <translation>再分发 — 说明</translation>
    </message>
    <message>
        <source>Relation to base</source>
        <translation>与基础模型的关系</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>released</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>代码仓库</translation>
    </message>
    <message>
        <source>research</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Research paper</source>
        <translation>研究论文</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>废止日期</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已废止</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>safety controls</source>
        <translation>安全控制</translation>
    </message>
    <message>
        <source>Sample model outputs</source>
        <translation>模型输出样例</translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>Scores (1–5)</source>
        <translation>评分（1–5）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>SPDX</source>
        <translation>SPDX</translation>
    </message>
    <message>
        <source>SPDX identifier</source>
        <translation>SPDX 标识符</translation>
    </message>
    <message>
        <source>speculative</source>
        <translation>推测</translation>
    </message>
    <message>
        <source>startup</source>
        <translation>初创公司</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Supporting libraries and tools</source>
        <translation>配套库与工具</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>tag on an entry</source>
        <translation>条目上的标签</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>tags on entries</source>
        <translation>条目上的标签</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Technical report</source>
        <translation>技术报告</translation>
    </message>
    <message>
        <source>Terms pass downstream</source>
        <translation>条款向下游传递</translation>
    </message>
    <message>
        <source>Terms pass downstream — detail</source>
        <translation>条款向下游传递 — 说明</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation>参数总量</translation>
    </message>
    <message>
        <source>Training code</source>
        <translation>训练代码</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>训练算力</translation>
    </message>
    <message>
        <source>Training compute in FLOP</source>
        <translation>训练算力（FLOP）</translation>
    </message>
    <message>
        <source>Training data size</source>
        <translation>训练数据规模</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>训练词元数</translation>
    </message>
    <message>
        <source>Treatment of open models</source>
        <translation>对开放模型的处理</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>试用</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Unreleased</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>usage policy</source>
        <translation>使用政策</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>用例</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>用例</translation>
    </message>
    <message>
        <source>User cap</source>
        <translation>用户上限</translation>
    </message>
    <message>
        <source>user cap</source>
        <translation>用户上限</translation>
    </message>
    <message>
        <source>User cap (monthly active users)</source>
        <translation>用户上限（月活跃用户）</translation>
    </message>
    <message>
        <source>User cap — detail</source>
        <translation>用户上限 — 说明</translation>
    </message>
    <message>
        <source>Using outputs to train other models</source>
        <translation>用输出训练其他模型</translation>
    </message>
    <message>
        <source>Using outputs to train other models — detail</source>
        <translation>用输出训练其他模型 — 说明</translation>
    </message>
    <message>
        <source>vendor lock-in</source>
        <translation>供应商锁定</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Weights released</source>
        <translation>权重已发布</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>{name} (preview)</source>
        <translation>{name}（预览）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>actions.compare</name>
    <message numerus="yes">
        <source>A comparison holds at most 6 entries; %n left out.</source>
        <translation>
            <numerusform>一次比较最多 6 个条目；%n 个未加入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n did not fit: at most 6)</source>
        <translation>
            <numerusform>（%n 个放不下：最多 6 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in the comparison{note} — Ctrl+D shows it</source>
        <translation>
            <numerusform>比较中有 %n 个条目{note} — 按 Ctrl+D 查看</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actions.editing</name>
    <message>
        <source>New {kind}</source>
        <translation>新建{kind}</translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation>编辑{kind}</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete {entries}? You can undo this with Ctrl+Z.</source>
        <translation>删除 {entries}？可按 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>actions.evaluate</name>
    <message>
        <source>Recorded {name} — Ctrl+Z undoes it</source>
        <translation>已记录 {name} — 按 Ctrl+Z 撤销</translation>
    </message>
</context>
<context>
    <name>actions.exchange</name>
    <message numerus="yes">
        <source>Exported %n row(s)</source>
        <translation>
            <numerusform>已导出 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Import and merge</source>
        <translation>导入并合并</translation>
    </message>
    <message>
        <source>Model Atlas files (*.atlas);;All files (*)</source>
        <translation>Model Atlas 文件 (*.atlas);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>actions.files</name>
    <message>
        <source>Model Atlas files (*.atlas);;All files (*)</source>
        <translation>Model Atlas 文件 (*.atlas);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New atlas</source>
        <translation>新建图谱</translation>
    </message>
    <message>
        <source>Model Atlas files (*.atlas)</source>
        <translation>Model Atlas 文件 (*.atlas)</translation>
    </message>
    <message>
        <source>Open atlas</source>
        <translation>打开图谱</translation>
    </message>
    <message>
        <source>No other recent files</source>
        <translation>没有其他最近文件</translation>
    </message>
    <message>
        <source>The knowledge base is ready.</source>
        <translation>知识库已就绪。</translation>
    </message>
    <message>
        <source>No atlas open</source>
        <translation>未打开图谱</translation>
    </message>
    <message>
        <source>The atlas could not be created:</source>
        <translation>无法创建图谱：</translation>
    </message>
    <message>
        <source>Preparing the knowledge base (first start)…</source>
        <translation>正在准备知识库（首次启动）…</translation>
    </message>
</context>
<context>
    <name>actions.freshness</name>
    <message>
        <source>Mark {entry} Verified</source>
        <translation>将 {entry} 标记为已核实</translation>
    </message>
    <message>
        <source>Mark Verified</source>
        <translation>标记为已核实</translation>
    </message>
    <message>
        <source>You checked “{entry}” against its sources.</source>
        <translation>你已对照来源核实“{entry}”。</translation>
    </message>
    <message>
        <source>What you checked</source>
        <translation>核实内容</translation>
    </message>
    <message>
        <source>The whole entry</source>
        <translation>整个条目</translation>
    </message>
    <message>
        <source>Clause: {clause}</source>
        <translation>条款：{clause}</translation>
    </message>
    <message>
        <source>Its status (proposed, adopted, in force…)</source>
        <translation>其状态（提案中、已通过、已生效…）</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>The page, document or URL you checked</source>
        <translation>你核实所用的网页、文件或网址</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Marked {entry} verified on {day} (Ctrl+Z undoes it).</source>
        <translation>已于 {day} 将 {entry} 标记为已核实（按 Ctrl+Z 撤销）。</translation>
    </message>
</context>
<context>
    <name>actions.help</name>
    <message>
        <source>Words must all match:  llama license
Exact phrase:  &quot;acceptable use&quot;
Either:  mistral OR mixtral      Not:  -closed   NOT closed      Group:  (eu OR us) export
Fields:  kind:model  tag:shortlist  license:apache  jurisdiction:EU  openness:fully-open  org:meta  author:ana
Ranges:  released:2023..2024   params:&gt;70e9
Prefix:  mistr*   (the last word you type always matches as a prefix)
Typos:  weigths~   (and &quot;Did you mean&quot; when little is found)</source>
        <translation>所有词都须匹配：  llama license
精确短语：  &quot;acceptable use&quot;
任一：  mistral OR mixtral      排除：  -closed   NOT closed      分组：  (eu OR us) export
字段：  kind:model  tag:shortlist  license:apache  jurisdiction:EU  openness:fully-open  org:meta  author:ana
范围：  released:2023..2024   params:&gt;70e9
前缀：  mistr*   （最后输入的词总按前缀匹配）
拼写容错：  weigths~   （结果很少时还会提示“你是不是要找”）</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>搜索语法</translation>
    </message>
    <message>
        <source>An offline knowledge base about AI models on the open/closed spectrum: openness, licenses and policy.</source>
        <translation>一个关于开放与封闭之间各类 AI 模型的离线知识库：开放度、许可证与政策。</translation>
    </message>
    <message>
        <source>About Model Atlas</source>
        <translation>关于 Model Atlas</translation>
    </message>
</context>
<context>
    <name>actions.history</name>
    <message>
        <source>Restore {entry} to version {number}</source>
        <translation>将 {entry} 恢复到版本 {number}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The entry is already as it was after version {number}.</source>
        <translation>条目已是版本 {number} 之后的状态。</translation>
    </message>
    <message>
        <source>Restored version {number} of {entry} (Ctrl+Z undoes it).</source>
        <translation>已恢复 {entry} 的版本 {number}（按 Ctrl+Z 撤销）。</translation>
    </message>
    <message>
        <source>Create Snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <source>Name of the snapshot (e.g. before the March review):</source>
        <translation>快照名称（例如：三月审查前）：</translation>
    </message>
    <message>
        <source>Snapshot “{name}” created.</source>
        <translation>已创建快照“{name}”。</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <source>There are no snapshots yet.</source>
        <translation>还没有快照。</translation>
    </message>
    <message>
        <source>Snapshot to delete:</source>
        <translation>要删除的快照：</translation>
    </message>
    <message>
        <source>Delete the snapshot “{name}”? The history stays; only the name goes.</source>
        <translation>删除快照“{name}”？历史记录保留，只删除名称。</translation>
    </message>
</context>
<context>
    <name>actions.hub</name>
    <message>
        <source>Team hub</source>
        <translation>团队中心</translation>
    </message>
    <message>
        <source>Syncing with the team hub…</source>
        <translation>正在与团队中心同步…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) sent</source>
        <translation>
            <numerusform>发送 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) received</source>
        <translation>
            <numerusform>接收 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: {sent}, {received}, {conflicts}</source>
        <translation>已同步：{sent}，{received}，{conflicts}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry change(s) from the hub conflict with changes made here. Open Conflicts to choose which to keep?</source>
        <translation>
            <numerusform>来自中心的 %n 处条目更改与本地更改冲突。打开“冲突”以选择保留哪一方？</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>同步失败：{reason}</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed in this atlas.</source>
        <translation>{reason}

此图谱未做任何更改。</translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed here or on the hub</source>
        <translation>同步已取消；本地和中心都未做任何更改</translation>
    </message>
    <message>
        <source>Hub: not synced yet</source>
        <translation>中心：尚未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n 项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub: synced {when}, {pending}</source>
        <translation>中心：已于 {when} 同步，{pending}</translation>
    </message>
    <message>
        <source>Team hub: nothing of this entry was pushed yet.</source>
        <translation>团队中心：此条目尚未推送任何内容。</translation>
    </message>
    <message>
        <source>version {version} of {table} by {who} ({when})</source>
        <translation>{who} 推送的 {table} 第 {version} 版（{when}）</translation>
    </message>
    <message>
        <source>Pushed to the team hub, newest first: {pushes}</source>
        <translation>已推送到团队中心（最新在前）：{pushes}</translation>
    </message>
    <message>
        <source>Team hub: {reason}</source>
        <translation>团队中心：{reason}</translation>
    </message>
    <message>
        <source>Synced: {pushed} row(s) sent, {pulled} received, {conflicts}</source>
        <translation type="vanished">已同步：发送 {pushed} 行，接收 {pulled} 行，{conflicts}</translation>
    </message>
</context>
<context>
    <name>actions.search</name>
    <message>
        <source>fresh</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>过时</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>corrupt</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>rebuilding</source>
        <translation>正在重建</translation>
    </message>
    <message>
        <source>Opening the search index… the results follow.</source>
        <translation>正在打开搜索索引…结果随后显示。</translation>
    </message>
    <message>
        <source>Search is not available in this session.</source>
        <translation>本次会话中搜索不可用。</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Query to save:</source>
        <translation>要保存的查询：</translation>
    </message>
    <message>
        <source>Name for this search:</source>
        <translation>此搜索的名称：</translation>
    </message>
    <message>
        <source>search unavailable</source>
        <translation>搜索不可用</translation>
    </message>
    <message>
        <source>index: fresh</source>
        <translation>索引：最新</translation>
    </message>
    <message>
        <source>search unavailable: {error}</source>
        <translation>搜索不可用：{error}</translation>
    </message>
    <message>
        <source>index: {state}</source>
        <translation>索引：{state}</translation>
    </message>
    <message>
        <source>index problem: {problem}</source>
        <translation>索引问题：{problem}</translation>
    </message>
    <message>
        <source>index update cancelled</source>
        <translation>索引更新已取消</translation>
    </message>
    <message>
        <source>Rebuilding search index…</source>
        <translation>正在重建搜索索引…</translation>
    </message>
    <message>
        <source>Updating search index ({reason})…</source>
        <translation>正在更新搜索索引（{reason}）…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>The search engine is not available.</source>
        <translation>搜索引擎不可用。</translation>
    </message>
</context>
<context>
    <name>actions.tags</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n entry(s) with “{tag}” — Ctrl+Z undoes it</source>
        <translation>
            <numerusform>已为 %n 个条目添加标签“{tag}” — 按 Ctrl+Z 撤销</numerusform>
        </translation>
    </message>
    <message>
        <source>Already tagged “{tag}”</source>
        <translation>已有标签“{tag}”</translation>
    </message>
</context>
<context>
    <name>actions.use_case</name>
    <message>
        <source>Export rules</source>
        <translation>导出规则</translation>
    </message>
    <message>
        <source>Show a model first: its rules are exported.</source>
        <translation>请先显示一个模型：导出的是它的规则。</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html)</source>
        <translation>Markdown (*.md);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Compare with Snapshot</source>
        <translation>与快照比较</translation>
    </message>
    <message>
        <source>Choose a saved use case first: its verdicts now are compared with a snapshot&apos;s.</source>
        <translation>请先选择一个已保存的用例：将它现在的结论与某个快照时的结论进行比较。</translation>
    </message>
    <message>
        <source>There are no snapshots yet (View ▸ Create Snapshot…).</source>
        <translation>还没有快照（视图 ▸ 创建快照…）。</translation>
    </message>
    <message>
        <source>Snapshot:</source>
        <translation>快照：</translation>
    </message>
</context>
<context>
    <name>actions.view</name>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n 个组织</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n license(s)</source>
        <translation>
            <numerusform>%n 个许可证</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy note(s)</source>
        <translation>
            <numerusform>%n 条政策笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n 项评估</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Welcome to Model Atlas</source>
        <translation>欢迎使用 Model Atlas</translation>
    </message>
    <message>
        <source>Your name (recorded on every change you make):</source>
        <translation>你的名字（会记录在你的每次修改上）：</translation>
    </message>
</context>
<context>
    <name>changes_pane</name>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>The changes show once the preview is ready.</source>
        <translation>预览完成后即显示变更。</translation>
    </message>
    <message>
        <source>Entries that would change</source>
        <translation>将会变更的条目</translation>
    </message>
    <message>
        <source>Field changes of the chosen entry</source>
        <translation>所选条目的字段变更</translation>
    </message>
    <message>
        <source>Nothing in your atlas would change.</source>
        <translation>您的图谱不会有任何变更。</translation>
    </message>
    <message>
        <source>Would change:</source>
        <translation>将会变更：</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>新增 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>移除 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>更改 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chart_keys</name>
    <message>
        <source>{position} of {count}: {mark}</source>
        <translation>第 {position} 个，共 {count} 个：{mark}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Openness over time</source>
        <translation>开放度随时间变化</translation>
    </message>
    <message>
        <source>Jurisdiction × openness</source>
        <translation>司法管辖区 × 开放度</translation>
    </message>
    <message>
        <source>Licenses by family</source>
        <translation>按类别划分的许可证</translation>
    </message>
    <message>
        <source>Each model by release date and openness grade: closed releases (circles) below the dashed line, downloadable weights (squares) above it. Click a point to list that model.</source>
        <translation>按发布日期和开放度等级显示每个模型：虚线以下为封闭发布（圆点），以上为可下载权重（方块）。点击一个点可列出该模型。</translation>
    </message>
    <message>
        <source>Models by their developer&apos;s jurisdiction, stacked by openness grade. Click a segment to list those models.</source>
        <translation>按开发者司法管辖区划分的模型，按开放度等级堆叠。点击一段可列出这些模型。</translation>
    </message>
    <message>
        <source>Licenses per family, and how many models use a license of that family. Click a bar to list them.</source>
        <translation>各类别的许可证数量，以及使用该类许可证的模型数量。点击一根柱可列出它们。</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>导出 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>导出 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Releases by openness grade over time</source>
        <translation>各开放度等级的发布随时间变化</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>weights released above</source>
        <translation>以上：已发布权重</translation>
    </message>
    <message>
        <source>Models by developer jurisdiction and openness grade</source>
        <translation>按开发者司法管辖区和开放度等级划分的模型</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Licenses by family, and the models using them</source>
        <translation>按类别划分的许可证及使用它们的模型</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Models using one</source>
        <translation>使用该类许可证的模型</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>另有 {count} 个</translation>
    </message>
    <message>
        <source>click to list it</source>
        <translation>点击列出</translation>
    </message>
    <message>
        <source>click to list these {count}</source>
        <translation>点击列出这 {count} 个</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>click to list them</source>
        <translation>点击列出</translation>
    </message>
    <message numerus="yes">
        <source>%n license(s)</source>
        <translation>
            <numerusform>%n 个许可证</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write {file}</source>
        <translation>无法写入 {file}</translation>
    </message>
    <message>
        <source>Export chart as {format}</source>
        <translation>将图表导出为 {format}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Could not save: {problem}</source>
        <translation>无法保存：{problem}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
</context>
<context>
    <name>chips</name>
    <message>
        <source>tag: {tag}</source>
        <translation>标签：{tag}</translation>
    </message>
    <message>
        <source>not tag: {tag}</source>
        <translation>排除标签：{tag}</translation>
    </message>
    <message>
        <source>name contains “{text}”</source>
        <translation>名称包含“{text}”</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen entry(s)</source>
        <translation>
            <numerusform>已选 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>移除所有筛选</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除所有筛选</translation>
    </message>
    <message>
        <source>The same filter in the search language:</source>
        <translation>用搜索语言表示的同一筛选：</translation>
    </message>
    <message>
        <source>Click to remove this filter</source>
        <translation>点击移除此筛选</translation>
    </message>
    <message>
        <source>Remove filter {filter}</source>
        <translation>移除筛选 {filter}</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Edit {entry}</source>
        <translation>编辑 {entry}</translation>
    </message>
    <message>
        <source>Create {entry}</source>
        <translation>新建 {entry}</translation>
    </message>
    <message>
        <source>Delete {entry}</source>
        <translation>删除 {entry}</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n entry(s) with {tags}</source>
        <translation>
            <numerusform>为 %n 个条目添加标签 {tags}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n entry(s) with {tags}</source>
        <translation>
            <numerusform>从 %n 个条目移除标签 {tags}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>compare_view</name>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>HTML page…</source>
        <translation>HTML 页面…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Click: show it in the detail pane · drag to reorder · right-click to move or remove</source>
        <translation>点击：在详情面板中显示 · 拖动：调整顺序 · 右键：移动或移除</translation>
    </message>
    <message>
        <source>{field} — differs between the entries</source>
        <translation>{field} — 各条目不同</translation>
    </message>
    <message>
        <source>{field} — the same for all</source>
        <translation>{field} — 全部相同</translation>
    </message>
    <message>
        <source>&amp;Only differences</source>
        <translation>仅显示差异(&amp;O)</translation>
    </message>
    <message>
        <source>Show only the rows where the entries differ</source>
        <translation>只显示条目之间有差异的行</translation>
    </message>
    <message>
        <source>Add an entry to the comparison</source>
        <translation>向比较中添加条目</translation>
    </message>
    <message>
        <source>Add an entry by name…</source>
        <translation>按名称添加条目…</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>左移(&amp;L)</translation>
    </message>
    <message>
        <source>Move the current column left</source>
        <translation>将当前列左移</translation>
    </message>
    <message>
        <source>Move Ri&amp;ght</source>
        <translation>右移(&amp;G)</translation>
    </message>
    <message>
        <source>Move the current column right</source>
        <translation>将当前列右移</translation>
    </message>
    <message>
        <source>&amp;Remove Column</source>
        <translation>移除此列(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the current column&apos;s entry from the comparison</source>
        <translation>从比较中移除当前列的条目</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove every entry from the comparison</source>
        <translation>从比较中移除所有条目</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export the comparison as Markdown, CSV or a self-contained HTML page</source>
        <translation>将比较导出为 Markdown、CSV 或独立的 HTML 页面</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message numerus="yes">
        <source>A comparison holds at most {most} entries; %n left out.</source>
        <translation>
            <numerusform>一次比较最多 {most} 个条目；%n 个未加入。</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry named “{name}”: pick one from the suggestions.</source>
        <translation>没有名为“{name}”的条目：请从建议中选择。</translation>
    </message>
    <message>
        <source>“{name}” is compared already.</source>
        <translation>“{name}”已在比较中。</translation>
    </message>
    <message>
        <source>A comparison holds at most {most} entries: remove one first.</source>
        <translation>一次比较最多 {most} 个条目：请先移除一个。</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>已添加“{name}”。</translation>
    </message>
    <message>
        <source>kinds differ: compared on the fields they share</source>
        <translation>类型不同：按共同字段比较</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n entry(s) — {differ} of {total} rows differ</source>
        <translation>
            <numerusform>正在比较 %n 个条目 — {total} 行中有 {differ} 行不同</numerusform>
        </translation>
    </message>
    <message>
        <source>In the comparison now: {names}</source>
        <translation>当前比较中：{names}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pick {least} to {most} entries to compare side by side:&lt;/p&gt;&lt;p&gt;select them in the list and press &lt;b&gt;Ctrl+D&lt;/b&gt; (Compare),&lt;br&gt;use &lt;b&gt;Add to Comparison&lt;/b&gt; (Ctrl+Shift+D) on any entry,&lt;br&gt;or type a name in the box above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择 {least} 至 {most} 个条目进行并排比较：&lt;/p&gt;&lt;p&gt;在列表中选中后按 &lt;b&gt;Ctrl+D&lt;/b&gt;（比较），&lt;br&gt;或在任意条目上使用&lt;b&gt;加入比较&lt;/b&gt;（Ctrl+Shift+D），&lt;br&gt;或在上方输入框中输入名称。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show in Detail Pane</source>
        <translation>在详情面板中显示</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>左移</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>Remove from Comparison</source>
        <translation>从比较中移除</translation>
    </message>
    <message>
        <source>Saved {file} — &lt;a href=&quot;{url}&quot;&gt;open it&lt;/a&gt;</source>
        <translation>已保存 {file} — &lt;a href=&quot;{url}&quot;&gt;打开&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>导出比较</translation>
    </message>
    <message>
        <source>Could not save: {problem}</source>
        <translation>无法保存：{problem}</translation>
    </message>
</context>
<context>
    <name>detail_html</name>
    <message>
        <source>policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>verified {when}</source>
        <translation>核实于 {when}</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <source>suggested from license and components</source>
        <translation>根据许可证和组件推定</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>开放度</translation>
    </message>
    <message>
        <source>The recorded facts suggest &lt;b&gt;{grade}&lt;/b&gt;: {reasons}.</source>
        <translation>已记录的事实指向 &lt;b&gt;{grade}&lt;/b&gt;：{reasons}。</translation>
    </message>
    <message>
        <source>Why: {reasons}.</source>
        <translation>原因：{reasons}。</translation>
    </message>
    <message>
        <source>Class III · open model</source>
        <translation>III 类 · 开放模型</translation>
    </message>
    <message>
        <source>Class II · open tooling</source>
        <translation>II 类 · 开放工具</translation>
    </message>
    <message>
        <source>Class I · open science</source>
        <translation>I 类 · 开放科学</translation>
    </message>
    <message>
        <source>missing: {components}</source>
        <translation>缺少：{components}</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>(not an open license)</source>
        <translation>（非开放许可证）</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Other frameworks</source>
        <translation>其他框架</translation>
    </message>
    <message>
        <source>License clauses — {license}</source>
        <translation>许可证条款 — {license}</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>评估</translation>
    </message>
    <message numerus="yes">
        <source>Average per criterion (%n evaluation(s)): {averages}</source>
        <translation>
            <numerusform>各标准平均分（%n 项评估）：{averages}</numerusform>
        </translation>
    </message>
    <message>
        <source>average {score}</source>
        <translation>平均 {score}</translation>
    </message>
    <message>
        <source>Family tree — {family}</source>
        <translation>谱系 — {family}</translation>
    </message>
    <message>
        <source>Family tree</source>
        <translation>谱系</translation>
    </message>
    <message>
        <source>another family</source>
        <translation>其他系列</translation>
    </message>
    <message>
        <source>every clause</source>
        <translation>全部条款</translation>
    </message>
    <message>
        <source>Terms passed down from {base}: {license} ({clauses})</source>
        <translation>继承自 {base} 的条款：{license}（{clauses}）</translation>
    </message>
    <message>
        <source>MOF {mof_class}</source>
        <translation>MOF {mof_class}</translation>
    </message>
    <message>
        <source>MOF unclassified</source>
        <translation>MOF 未分类</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Policy notes that concern it</source>
        <translation>相关政策笔记</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Derived models</source>
        <translation>衍生模型</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>Tagged entries</source>
        <translation>带此标签的条目</translation>
    </message>
    <message>
        <source>Backs</source>
        <translation>佐证</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>accessed {date}, {confidence} confidence</source>
        <translation>访问于 {date}，可信度：{confidence}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Last changed {when} by {author} · version {version}</source>
        <translation>最后修改：{when}，{author} · 版本 {version}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{date} by {who} ({source})</source>
        <translation>{date}，{who}（{source}）</translation>
    </message>
    <message>
        <source>{date} by {who}</source>
        <translation>{date}，{who}</translation>
    </message>
    <message>
        <source>Status never verified</source>
        <translation>状态从未核实</translation>
    </message>
    <message>
        <source>Last verified: never</source>
        <translation>最后核实：从未</translation>
    </message>
    <message>
        <source>Status last verified: {when}</source>
        <translation>状态最后核实：{when}</translation>
    </message>
    <message>
        <source>Last verified: {when}</source>
        <translation>最后核实：{when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Invalid values in this entry&lt;/b&gt; (shown as unknown until corrected):</source>
        <translation>&lt;b&gt;⚠ 此条目包含无效值&lt;/b&gt;（更正前显示为未知）：</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>来源之间不一致</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Exempt from: {items}</source>
        <translation>豁免于：{items}</translation>
    </message>
    <message>
        <source>Would be settled by: {facts}</source>
        <translation>可由以下事实确定：{facts}</translation>
    </message>
    <message>
        <source>Do not apply: {rules}</source>
        <translation>不适用：{rules}</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Applies when</source>
        <translation>适用条件</translation>
    </message>
    <message>
        <source>Exempt when</source>
        <translation>豁免条件</translation>
    </message>
    <message>
        <source>Grants an exemption when</source>
        <translation>在下列情况下给予豁免</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>Exempt from</source>
        <translation>豁免于</translation>
    </message>
    <message>
        <source>Still required</source>
        <translation>仍须履行</translation>
    </message>
    <message>
        <source>Developer transparency (FMTI)</source>
        <translation>开发者透明度（FMTI）</translation>
    </message>
    <message>
        <source>What the catalogs say</source>
        <translation>各目录的说法</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">类</translation>
    </message>
</context>
<context>
    <name>detail_view</name>
    <message>
        <source>Select an entry to see everything about it.</source>
        <translation>选择一个条目以查看其全部信息。</translation>
    </message>
    <message>
        <source>This entry was deleted.</source>
        <translation>此条目已删除。</translation>
    </message>
    <message>
        <source>Open in your browser?</source>
        <translation>在浏览器中打开？</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>在网页浏览器中打开此地址？</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Score for {criterion}</source>
        <translation>{criterion} 的评分</translation>
    </message>
    <message>
        <source>Tag color</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>e.g. 70B, 1.2e25</source>
        <translation>例如 70B、1.2e25</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation>编辑{kind}</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>新建{kind}</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention</source>
        <translation>
            <numerusform>%n 个字段需要处理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evaluation_form</name>
    <message>
        <source>Adopt — use it for this use case</source>
        <translation>采用 — 在此用例中使用</translation>
    </message>
    <message>
        <source>Trial — worth a pilot on a real project</source>
        <translation>试用 — 值得在真实项目中试点</translation>
    </message>
    <message>
        <source>Assess — explore it, not ready to pilot</source>
        <translation>评估中 — 继续研究，尚不宜试点</translation>
    </message>
    <message>
        <source>Hold — do not start new work with it</source>
        <translation>暂缓 — 不要用它开展新工作</translation>
    </message>
    <message>
        <source>1 poor … 5 excellent for this use case (for risks: 5 = least risk); “—” leaves a criterion unscored.</source>
        <translation>1 差 … 5 优秀（针对此用例；风险类：5 = 风险最小）；“—”表示不评分。</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <translation>{score} / 5</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Evaluated entry</source>
        <translation>被评估条目</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>e.g. on-prem legal summarization in the EU</source>
        <translation>例如：在欧盟本地部署的法律文书摘要</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>用例</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Notes (Markdown): what you tried, what decided it, open questions…</source>
        <translation>笔记（Markdown）：你尝试了什么、由什么决定、还有哪些问题…</translation>
    </message>
    <message>
        <source>shortlist, eu-ready</source>
        <translation>shortlist, eu-ready</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Evaluated entry *</source>
        <translation>被评估条目 *</translation>
    </message>
    <message>
        <source>Author *</source>
        <translation>作者 *</translation>
    </message>
    <message>
        <source>Use case *</source>
        <translation>用例 *</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Verdict *</source>
        <translation>结论 *</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message numerus="yes">
        <source>Average {average} over %n criteria</source>
        <translation>
            <numerusform>%n 条标准的平均分为 {average}</numerusform>
        </translation>
    </message>
    <message>
        <source>No criterion scored yet</source>
        <translation>尚未为任何标准评分</translation>
    </message>
    <message>
        <source>choose the entry you evaluated</source>
        <translation>请选择被评估的条目</translation>
    </message>
    <message>
        <source>give the author&apos;s name</source>
        <translation>请填写作者姓名</translation>
    </message>
    <message>
        <source>say what it was evaluated for, e.g. “on-prem legal summarization in the EU”</source>
        <translation>请说明评估用途，例如“在欧盟本地部署的法律文书摘要”</translation>
    </message>
    <message>
        <source>choose adopt, trial, assess or hold</source>
        <translation>请选择采用、试用、评估中或暂缓</translation>
    </message>
    <message>
        <source>scores run from 1 to 5</source>
        <translation>评分范围为 1 到 5</translation>
    </message>
    <message>
        <source>a tag name is at most 100 characters</source>
        <translation>标签名最多 100 个字符</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention</source>
        <translation>
            <numerusform>%n 个字段需要处理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange_dialogs</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变化</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>Newer wins (default)</source>
        <translation>较新者优先（默认）</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Export atlas</source>
        <translation>导出图谱</translation>
    </message>
    <message>
        <source>The whole atlas</source>
        <translation>整个图谱</translation>
    </message>
    <message>
        <source>The selected entries ({count}), with what they refer to</source>
        <translation>所选条目（{count} 个）及其引用的内容</translation>
    </message>
    <message>
        <source>Entries with the tag</source>
        <translation>带此标签的条目</translation>
    </message>
    <message>
        <source>The current search results ({count})</source>
        <translation>当前搜索结果（{count} 个）</translation>
    </message>
    <message>
        <source>Leave out notes and evaluations marked private</source>
        <translation>不包括标记为私有的笔记和评估</translation>
    </message>
    <message>
        <source>Authors to leave out</source>
        <translation>要排除的作者</translation>
    </message>
    <message>
        <source>authors to leave out, comma-separated (optional)</source>
        <translation>要排除的作者，用逗号分隔（可选）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export to a single .atlas file that a teammate can merge into theirs:</source>
        <translation>导出为单个 .atlas 文件，同事可将其合并到自己的图谱中：</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Model Atlas files (*.atlas)</source>
        <translation>Model Atlas 文件 (*.atlas)</translation>
    </message>
    <message>
        <source>Export failed: {problem}</source>
        <translation>导出失败：{problem}</translation>
    </message>
    <message>
        <source>Nothing changed: your atlas already had everything in this file.</source>
        <translation>没有变化：你的图谱已包含此文件中的全部内容。</translation>
    </message>
    <message>
        <source>Merging would change nothing: your atlas already has everything in this file.</source>
        <translation>合并不会带来任何变化：你的图谱已包含此文件中的全部内容。</translation>
    </message>
    <message>
        <source>Merged: {changes}.</source>
        <translation>已合并：{changes}。</translation>
    </message>
    <message>
        <source>Merging would {changes}.</source>
        <translation>合并将会：{changes}。</translation>
    </message>
    <message>
        <source>Import and merge — {file}</source>
        <translation>导入并合并 — {file}</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>What merging changes, by kind</source>
        <translation>合并带来的更改（按类型）</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>导入日志</translation>
    </message>
    <message>
        <source>What merging would change, field by field</source>
        <translation>合并将变更的内容（逐字段）</translation>
    </message>
    <message>
        <source>Import log and changes</source>
        <translation>导入日志与变更</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Merge progress</source>
        <translation>合并进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop checking or merging; your atlas stays as it is</source>
        <translation>停止检查或合并；你的图谱保持不变</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Check again what merging this file would do</source>
        <translation>重新检查合并此文件会带来什么</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Resolve Conflicts…</source>
        <translation>处理冲突…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>When both sides changed an entry:</source>
        <translation>双方都修改了同一条目时：</translation>
    </message>
    <message>
        <source>Checking what would change…</source>
        <translation>正在检查会有哪些变化…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>It comes from an older version of Model Atlas and was read through an upgraded copy.</source>
        <translation>它来自旧版 Model Atlas，已通过升级后的副本读取。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; — exported by {author} on {when}.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; — 由 {author} 于 {when} 导出。</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>目前尚未做任何更改。</translation>
    </message>
    <message>
        <source>A backup was saved first: {file}</source>
        <translation>已先保存备份：{file}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The merge failed:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;合并失败：&lt;/b&gt;{problem}</translation>
    </message>
    <message>
        <source>Your atlas was not changed.</source>
        <translation>你的图谱未被更改。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be merged:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;此文件无法合并：&lt;/b&gt;{problem}</translation>
    </message>
    <message>
        <source>Merge cancelled — your atlas was not changed. Press Merge to merge it after all.</source>
        <translation>合并已取消 — 你的图谱未被更改。如仍要合并，请按“合并”。</translation>
    </message>
    <message>
        <source>Preview cancelled — nothing was changed. Press Preview to check the file again.</source>
        <translation>预览已取消 — 没有任何更改。按“预览”可再次检查文件。</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Differing fields</source>
        <translation>不同的字段</translation>
    </message>
    <message>
        <source>Open Entry</source>
        <translation>打开条目</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Both sides changed these since they last shared a version. Nothing was overwritten: choose, field by field, which version to keep, or edit it.</source>
        <translation>自上次共享版本以来，双方都修改了这些条目。没有任何内容被覆盖：请逐个字段选择保留哪个版本，或直接编辑。</translation>
    </message>
    <message>
        <source>from {origin}; kept {when}</source>
        <translation>来自 {origin}；保留于 {when}</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>没有未处理的冲突。</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Edited (type in Mine)</source>
        <translation>已编辑（在“我的”中输入）</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <source>Resolved {entry}.</source>
        <translation>已处理 {entry}。</translation>
    </message>
</context>
<context>
    <name>form_dialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <source>Discard the changes you made in this form?</source>
        <translation>放弃你在此表单中所做的更改？</translation>
    </message>
    <message>
        <source>Keep Editing returns to the form; nothing is saved until you press Save.</source>
        <translation>“继续编辑”返回表单；在按“保存”之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>frozen_column</name>
    <message>
        <source>Row labels</source>
        <translation>行标题</translation>
    </message>
</context>
<context>
    <name>getting_started</name>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>where each sits between closed and fully open: an openness grade, its Model Openness Framework class and which components (weights, code, data, papers) are released</source>
        <translation>每个模型在封闭与完全开放之间的位置：开放度等级、Model Openness Framework 类别，以及发布了哪些组件（权重、代码、数据、论文）</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>who develops them, and where</source>
        <translation>谁开发了它们，以及在哪里</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>clause by clause: commercial use, user caps, acceptable-use policies, attribution</source>
        <translation>逐条列出：商业使用、用户上限、可接受使用政策、署名</translation>
    </message>
    <message>
        <source>Policy notes</source>
        <translation>政策笔记</translation>
    </message>
    <message>
        <source>laws and rules (EU AI Act, US export controls, …) with the conditions under which they bind</source>
        <translation>法律与规则（欧盟《人工智能法》、美国出口管制等）及其约束条件</translation>
    </message>
    <message>
        <source>Your notes and evaluations</source>
        <translation>你的笔记和评估</translation>
    </message>
    <message>
        <source>verdicts and scores you record, under your name</source>
        <translation>你以自己名义记录的结论和评分</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>筛选列表</translation>
    </message>
    <message>
        <source>In the sidebar, tick &lt;i&gt;Openness grade ▸ Fully open&lt;/i&gt; or &lt;i&gt;Jurisdiction ▸ EU&lt;/i&gt;. Chips above the list show the filter, with the same filter as search text beside them.</source>
        <translation>在侧边栏勾选&lt;i&gt;开放度等级 ▸ 完全开放&lt;/i&gt;或&lt;i&gt;司法管辖区 ▸ EU&lt;/i&gt;。列表上方的标签块显示当前筛选，旁边是同一筛选的搜索文本。</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>搜索全部内容</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{search}&lt;/b&gt; and type &lt;code&gt;llama license &quot;acceptable use&quot;&lt;/code&gt; or &lt;code&gt;openness:fully-open released:2024..2025&lt;/code&gt;. Help ▸ Search Syntax lists the rest.</source>
        <translation>按 &lt;b&gt;{search}&lt;/b&gt;，输入 &lt;code&gt;llama license &quot;acceptable use&quot;&lt;/code&gt; 或 &lt;code&gt;openness:fully-open released:2024..2025&lt;/code&gt;。其余写法见“帮助 ▸ 搜索语法”。</translation>
    </message>
    <message>
        <source>Read one model</source>
        <translation>阅读一个模型</translation>
    </message>
    <message>
        <source>Click a row. The detail pane shows its openness, its license&apos;s clauses and which policy notes bind it; names are links, and &lt;b&gt;{back}&lt;/b&gt; goes back.</source>
        <translation>点击一行。详情面板会显示它的开放度、许可证条款以及约束它的政策笔记；名称都是链接，按 &lt;b&gt;{back}&lt;/b&gt; 返回。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Select two to six models (Ctrl+click) and press &lt;b&gt;{compare}&lt;/b&gt;: the rows where they differ stand out.</source>
        <translation>选择两到六个模型（Ctrl+点击），然后按 &lt;b&gt;{compare}&lt;/b&gt;：不同之处会突出显示。</translation>
    </message>
    <message>
        <source>Check a use case</source>
        <translation>检查用例</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{use_case}&lt;/b&gt;, describe what you plan (where, commercial or not, hosted or on your own machines) and see which models fit and under which duties.</source>
        <translation>按 &lt;b&gt;{use_case}&lt;/b&gt;，描述你的计划（在哪里、是否商用、托管还是自有机器），看看哪些模型适用以及需要承担哪些义务。</translation>
    </message>
    <message>
        <source>Go to the sidebar</source>
        <translation>转到侧边栏</translation>
    </message>
    <message>
        <source>Go to the list</source>
        <translation>转到列表</translation>
    </message>
    <message>
        <source>Go to the detail pane</source>
        <translation>转到详情面板</translation>
    </message>
    <message>
        <source>Back to the previous entry</source>
        <translation>返回上一个条目</translation>
    </message>
    <message>
        <source>Edit the entry shown</source>
        <translation>编辑所示条目</translation>
    </message>
    <message>
        <source>Tag the selected entries</source>
        <translation>为所选条目添加标签</translation>
    </message>
    <message>
        <source>Compare the selected entries</source>
        <translation>比较所选条目</translation>
    </message>
    <message>
        <source>Evaluate the entry shown</source>
        <translation>评估所示条目</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>撤销上一次更改</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>本页</translation>
    </message>
    <message>
        <source>Welcome to Model Atlas</source>
        <translation>欢迎使用 Model Atlas</translation>
    </message>
    <message>
        <source>An offline knowledge base about AI models on the open/closed spectrum. Everything lives in one &lt;i&gt;.atlas&lt;/i&gt; file on this computer; nothing is fetched from the internet. Every change is recorded under your name and can be undone.</source>
        <translation>一个关于开放与封闭之间各类 AI 模型的离线知识库。所有内容都保存在本机的一个 &lt;i&gt;.atlas&lt;/i&gt; 文件中，不会从互联网获取任何内容。每次更改都以你的名义记录，并且可以撤销。</translation>
    </message>
    <message>
        <source>What the atlas holds</source>
        <translation>图谱包含什么</translation>
    </message>
    <message>
        <source>Five things to try first</source>
        <translation>先试试这五件事</translation>
    </message>
    <message>
        <source>Keys to start with</source>
        <translation>入门快捷键</translation>
    </message>
    <message>
        <source>This page is always under &lt;b&gt;Help ▸ Getting Started&lt;/b&gt;.</source>
        <translation>本页随时可在&lt;b&gt;帮助 ▸ 入门&lt;/b&gt;中找到。</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>入门</translation>
    </message>
</context>
<context>
    <name>history_view</name>
    <message>
        <source>edit in the app</source>
        <translation>应用内编辑</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>内置知识库</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Exists</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>途径</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Link: {relation}</source>
        <translation>链接：{relation}</translation>
    </message>
    <message>
        <source>Component: {name}</source>
        <translation>组件：{name}</translation>
    </message>
    <message>
        <source>Assessment: {name}</source>
        <translation>评级：{name}</translation>
    </message>
    <message>
        <source>Clause detail: {name}</source>
        <translation>条款说明：{name}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Came in a teammate&apos;s merge: shown, but restored only as a whole through the merge&apos;s own version</source>
        <translation>来自同事的合并：可查看，但只能通过该合并的版本整体恢复</translation>
    </message>
    <message>
        <source>(teammate&apos;s)</source>
        <translation>（同事的）</translation>
    </message>
</context>
<context>
    <name>hub_dialog</name>
    <message>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>no role: ask an owner</source>
        <translation>无角色：请联系所有者</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Model Openness Tool (YAML files)</source>
        <translation>Model Openness Tool（YAML 文件）</translation>
    </message>
    <message>
        <source>European Open Source AI Index (YAML files)</source>
        <translation>European Open Source AI Index（YAML 文件）</translation>
    </message>
    <message>
        <source>Epoch AI — All ML Systems (CSV)</source>
        <translation>Epoch AI — All ML Systems（CSV）</translation>
    </message>
    <message>
        <source>Hugging Face model cards (README.md)</source>
        <translation>Hugging Face 模型卡（README.md）</translation>
    </message>
    <message>
        <source>Stanford FMTI scores (CSV)</source>
        <translation>Stanford FMTI 评分（CSV）</translation>
    </message>
    <message>
        <source>SPDX license list (bundled, offline)</source>
        <translation>SPDX 许可证列表（内置，离线）</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>created as a new entry</source>
        <translation>已作为新条目创建</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation>已更改：{fields}</translation>
    </message>
    <message>
        <source>no value changed</source>
        <translation>没有值发生变化</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) recorded as what the catalog says</source>
        <translation>
            <numerusform>%n 个值已记录为目录的说法</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变化</translation>
    </message>
    <message>
        <source>need review</source>
        <translation>待审查</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Preview of the {catalog} import — nothing has been written yet</source>
        <translation>{catalog} 导入预览 — 尚未写入任何内容</translation>
    </message>
    <message>
        <source>{catalog}: import finished</source>
        <translation>{catalog}：导入完成</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read in {seconds} s</source>
        <translation>
            <numerusform>已读取 %n 个文件，用时 {seconds} 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import would change</source>
        <translation>导入将更改的内容</translation>
    </message>
    <message>
        <source>What the import changed</source>
        <translation>导入已更改的内容</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>……还有 {count} 项。</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>被拒绝的记录</translation>
    </message>
    <message>
        <source>Uncertain matches wait in the review list: &lt;a href=&apos;atlas://review&apos;&gt;File ▸ Review Uncertain Matches…&lt;/a&gt;</source>
        <translation>不确定的匹配在审查列表中等待处理：&lt;a href=&apos;atlas://review&apos;&gt;文件 ▸ 审查不确定的匹配…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Import from catalog</source>
        <translation>从目录导入</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Run the import without writing anything and show what it would do</source>
        <translation>试运行导入（不写入），显示将会发生什么</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>What importing would change, field by field</source>
        <translation>导入将变更的内容（逐字段）</translation>
    </message>
    <message>
        <source>Report and changes</source>
        <translation>报告与变更</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation>要导入的文件夹</translation>
    </message>
    <message>
        <source>Preview import</source>
        <translation>预览导入</translation>
    </message>
    <message>
        <source>Preview ready: press Import to apply it.</source>
        <translation>预览已就绪：按“导入”即可应用。</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import failed:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;导入失败：&lt;/b&gt;{problem}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <source>Cancelled — nothing was changed.</source>
        <translation>已取消 — 没有任何更改。</translation>
    </message>
    <message>
        <source>Review uncertain matches</source>
        <translation>审查不确定的匹配</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发者</translation>
    </message>
    <message>
        <source>Closest entry (score)</source>
        <translation>最接近的条目（得分）</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Uncertain matches</source>
        <translation>不确定的匹配</translation>
    </message>
    <message>
        <source>Merge into Closest</source>
        <translation>合并到最接近的条目</translation>
    </message>
    <message>
        <source>Create New Entry</source>
        <translation>新建条目</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>These records resemble an entry, but not closely enough to merge them automatically. Double-click a row to read the closest entry.</source>
        <translation>这些记录与某个条目相似，但不足以自动合并。双击一行可查看最接近的条目。</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>没有需要审查的内容。</translation>
    </message>
    <message>
        <source>This record has no close entry: create it or dismiss it.</source>
        <translation>此记录没有相近的条目：请新建或忽略。</translation>
    </message>
    <message>
        <source>Nothing else to review.</source>
        <translation>没有其他需要审查的内容。</translation>
    </message>
</context>
<context>
    <name>list_model</name>
    <message>
        <source>⚠ invalid: {value}</source>
        <translation>⚠ 无效：{value}</translation>
    </message>
    <message>
        <source>Sort by {column}</source>
        <translation>按{column}排序</translation>
    </message>
    <message>
        <source>Entry list</source>
        <translation>条目列表</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>列表状态</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Model Atlas</source>
        <translation>Model Atlas</translation>
    </message>
    <message>
        <source>Entry detail</source>
        <translation>条目详情</translation>
    </message>
    <message>
        <source>Search everything…  (Ctrl+K)   e.g.  llama license &quot;acceptable use&quot;</source>
        <translation>搜索全部内容…  (Ctrl+K)   例如  llama license &quot;acceptable use&quot;</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>{atlas} — Model Atlas</source>
        <translation>{atlas} — Model Atlas</translation>
    </message>
</context>
<context>
    <name>new_tag_dialog</name>
    <message>
        <source>New tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>标签名称</translation>
    </message>
    <message>
        <source>e.g. shortlist</source>
        <translation>例如 shortlist</translation>
    </message>
    <message>
        <source>Color {color}</source>
        <translation>颜色 {color}</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message>
        <source>Choose any color</source>
        <translation>选择任意颜色</translation>
    </message>
    <message>
        <source>How the tag will look</source>
        <translation>标签的外观</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Tag color</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <source>Give the tag a name.</source>
        <translation>请为标签命名。</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No atlas open. File ▸ Open… chooses one.</source>
        <translation>未打开图谱。可通过“文件 ▸ 打开…”选择。</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>正在打开 {file}…</translation>
    </message>
    <message>
        <source>No atlas open</source>
        <translation>未打开图谱</translation>
    </message>
    <message>
        <source>The atlas could not be opened:</source>
        <translation>无法打开图谱：</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>search_panel</name>
    <message>
        <source>{kind} · score {score}</source>
        <translation>{kind} · 得分 {score}</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; result(s) for &lt;i&gt;{query}&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;i&gt;{query}&lt;/i&gt; 的结果：&lt;b&gt;%n&lt;/b&gt; 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>你是不是要找 {suggestion}？</translation>
    </message>
    <message>
        <source>Ignored: {terms}</source>
        <translation>已忽略：{terms}</translation>
    </message>
    <message numerus="yes">
        <source>Catching up: %n changed entry(s) not in the search index yet; these results may miss them.</source>
        <translation>
            <numerusform>正在补建索引：有 %n 个已更改的条目尚未进入搜索索引，结果中可能缺少它们。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sidebar</name>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message numerus="yes">
        <source>Not verified in %n days</source>
        <translation>
            <numerusform>%n 天内未核实</numerusform>
        </translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>侧边栏</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>Filter {kinds}</source>
        <translation>筛选{kinds}</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>时效</translation>
    </message>
    <message>
        <source>Show only entries with {facet} {value}</source>
        <translation>只显示{facet}为 {value} 的条目</translation>
    </message>
    <message>
        <source>Click: show only entries with this tag · Right-click or Menu key: exclude it</source>
        <translation>点击：只显示带此标签的条目 · 右键或菜单键：排除此标签</translation>
    </message>
    <message>
        <source>Show only “{tag}”</source>
        <translation>只显示“{tag}”</translation>
    </message>
    <message>
        <source>Exclude “{tag}”</source>
        <translation>排除“{tag}”</translation>
    </message>
    <message>
        <source>Clear this tag filter</source>
        <translation>清除此标签筛选</translation>
    </message>
    <message>
        <source>Click: show only entries with this tag · Right-click: exclude it</source>
        <translation type="vanished">点击：只显示带此标签的条目 · 右键：排除此标签</translation>
    </message>
    <message numerus="yes">
        <source>Not verified in %n day(s)</source>
        <translation type="vanished">
            <numerusform>%n 天内未核实</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>status_progress</name>
    <message>
        <source>Background work</source>
        <translation>后台任务</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>tag_commands</name>
    <message>
        <source>Create tag {tag}</source>
        <translation>新建标签 {tag}</translation>
    </message>
    <message>
        <source>Rename tag {old} to {new}</source>
        <translation>将标签 {old} 重命名为 {new}</translation>
    </message>
    <message>
        <source>Recolor tag {tag}</source>
        <translation>更改标签 {tag} 的颜色</translation>
    </message>
    <message>
        <source>Merge tag {tags} into {target}</source>
        <translation>将标签 {tags} 合并到 {target}</translation>
    </message>
    <message>
        <source>Delete tag {tags}</source>
        <translation>删除标签 {tags}</translation>
    </message>
</context>
<context>
    <name>tag_dialog</name>
    <message>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Tag names</source>
        <translation>标签名称</translation>
    </message>
    <message>
        <source>shortlist, eu-ready</source>
        <translation>shortlist, eu-ready</translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n entry(s) (comma-separated; new tags are created):</source>
        <translation>
            <numerusform>要为 %n 个条目添加的标签（用逗号分隔；新标签会自动创建）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tags to remove from %n entry(s) (comma-separated):</source>
        <translation>
            <numerusform>要从 %n 个条目移除的标签（用逗号分隔）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tag_manager</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message numerus="yes">
        <source>{tag}: %n entry(s) · F2 or double-click to rename</source>
        <translation>
            <numerusform>{tag}：%n 个条目 · 按 F2 或双击重命名</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag Manager</source>
        <translation>标签管理器</translation>
    </message>
    <message>
        <source>Filter tags…</source>
        <translation>筛选标签…</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>筛选标签</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a tag with a name and a color (Ctrl+N)</source>
        <translation>新建一个带名称和颜色的标签（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename the tag (F2 edits in place)</source>
        <translation>重命名标签（按 F2 就地编辑）</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge the selected tags into another tag: their entries get that tag</source>
        <translation>将所选标签合并到另一个标签：其条目将获得该标签</translation>
    </message>
    <message>
        <source>&amp;Color…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the tag&apos;s color</source>
        <translation>选择标签颜色</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected tags (undoable)</source>
        <translation>删除所选标签（可撤销）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Tag manager message</source>
        <translation>标签管理器消息</translation>
    </message>
    <message>
        <source>Undo {change}</source>
        <translation>撤销：{change}</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged entry(s)</source>
        <translation>
            <numerusform>%n 个已加标签的条目</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} — Ctrl+Z undoes it.</source>
        <translation>{change} — 按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge into it.</source>
        <translation>请至少选择一个要并入的其他标签。</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Color of {tag}</source>
        <translation>{tag} 的颜色</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>Merge {tags} into:</source>
        <translation>将 {tags} 合并到：</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Class III</source>
        <translation>III 类</translation>
    </message>
    <message>
        <source>Class II</source>
        <translation>II 类</translation>
    </message>
    <message>
        <source>Class I</source>
        <translation>I 类</translation>
    </message>
</context>
<context>
    <name>usecase_view</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>How many duties the license attaches to this use</source>
        <translation>许可证为此用途附加的义务数量</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>(flipped: was {verdict})</source>
        <translation>（已反转：原为{verdict}）</translation>
    </message>
    <message>
        <source>No duties</source>
        <translation>无义务</translation>
    </message>
    <message>
        <source>(was {verdict})</source>
        <translation>（原为 {verdict}）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clauses consulted&lt;/b&gt; (deciding ones first)</source>
        <translation>&lt;b&gt;参考的条款&lt;/b&gt;（决定性条款在前）</translation>
    </message>
    <message>
        <source>Flipped since the snapshot</source>
        <translation>自快照以来已反转</translation>
    </message>
    <message>
        <source>No recorded change to the model or its license: the rules or the use case changed</source>
        <translation>模型及其许可证没有记录到变更：是规则或用例发生了变化</translation>
    </message>
    <message>
        <source>Describe the use</source>
        <translation>描述用途</translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation>商业使用</translation>
    </message>
    <message>
        <source>Licensee established in {region}</source>
        <translation>被许可方设立于 {region}</translation>
    </message>
    <message>
        <source>e.g. 800M (blank: not stated)</source>
        <translation>例如 800M（留空：未说明）</translation>
    </message>
    <message>
        <source>Fine-tune the model</source>
        <translation>微调模型</translation>
    </message>
    <message>
        <source>Redistribute the weights</source>
        <translation>再分发权重</translation>
    </message>
    <message>
        <source>Serve it as an API to third parties</source>
        <translation>作为 API 向第三方提供服务</translation>
    </message>
    <message>
        <source>Use its outputs to train other models</source>
        <translation>用其输出训练其他模型</translation>
    </message>
    <message>
        <source>e.g. healthcare (optional)</source>
        <translation>例如 医疗（可选）</translation>
    </message>
    <message>
        <source>Saved use cases</source>
        <translation>已保存的用例</translation>
    </message>
    <message>
        <source>Check All Models</source>
        <translation>检查所有模型</translation>
    </message>
    <message>
        <source>Save Use Case…</source>
        <translation>保存用例…</translation>
    </message>
    <message>
        <source>Deployed in</source>
        <translation>部署地区</translation>
    </message>
    <message>
        <source>Licensee established in</source>
        <translation>被许可方所在地</translation>
    </message>
    <message>
        <source>Monthly active users</source>
        <translation>月活跃用户</translation>
    </message>
    <message>
        <source>Field of use</source>
        <translation>使用领域</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>全部结论</translation>
    </message>
    <message>
        <source>Filter verdicts by model or license</source>
        <translation>按模型或许可证筛选结论</translation>
    </message>
    <message>
        <source>Filter by model or license…</source>
        <translation>按模型或许可证筛选…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>导出 Markdown…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <source>Why this verdict</source>
        <translation>为何得出此结论</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) checked.</source>
        <translation>
            <numerusform>已检查 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing with snapshot “{name}”…</source>
        <translation>正在与快照“{name}”比较…</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) flipped since snapshot “{name}” ({when}).</source>
        <translation>
            <numerusform>自快照“{name}”（{when}）以来有 %n 个结论反转。</numerusform>
        </translation>
    </message>
    <message>
        <source>since its last run on {when}</source>
        <translation>（自 {when} 上次运行以来）</translation>
    </message>
    <message numerus="yes">
        <source>Re-ran “{name}”: %n verdict(s) changed{since}.</source>
        <translation>
            <numerusform>已重新运行“{name}”：%n 个结论发生变化{since}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save use case</source>
        <translation>保存用例</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Export verdicts</source>
        <translation>导出结论</translation>
    </message>
</context>
</TS>
